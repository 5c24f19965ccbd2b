//! The binary's memory allocator: small blocks from a fixed arena, by size class.
//!
//! A one-answer run makes 300 to 900 small allocations (clap's parse, the report, its
//! rendered lines), and glibc's `malloc`, `free` and `realloc` were a quarter to a third
//! of its instructions (callgrind: 259,000 of `modes`' 739,000 in the static build,
//! docs/performance.md, "Fifth round"). Most of that is `_int_malloc` carving each new
//! block from the top of the heap with its header and bins. Here a block of up to
//! [`SMALL_MAX`] bytes is one of 64 size classes, 16 bytes apart; a new one is the next
//! bytes of the arena, and a freed one goes on its class's list and is the next one that
//! class hands out. The newest block goes back to the arena when freed, and grows or
//! shrinks in place on `realloc`, as a string being written does.
//!
//! Everything else goes to the system allocator: blocks over [`SMALL_MAX`] (a few per run;
//! glibc grows the newest of them in place, which the 4 KiB to 32 KiB buffers that clap and
//! the output grow by doubling need: giving them size classes here touched 60 KiB more
//! memory, 5 more page faults for `rcu`), alignments over 16, every block once the arena is
//! full, and every block of every thread but one.
//!
//! **One thread.** The arena belongs to the first thread that allocates, the main thread,
//! and only it reads or writes the arena's state, so there is no lock. Other threads (the
//! `check` reader, `quiz`'s signal watcher) allocate from the system; a block of the arena
//! that another thread frees is not reused (a spin lock shared by two threads made `check`
//! of a 300,000-line sheet 2.8 times slower, the lock's cache line going back and forth).
//!
//! **Bounded.** The arena is [`ARENA_BYTES`] at most, its pages are touched only as they are
//! first used (it is zero-initialised, in `.bss`), and a long run (a sheet of a million
//! lines) reuses freed blocks of each class.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The arena's size: a one-answer run uses tens of KiB of small blocks (`rcu` 21 KiB), and
/// a run past it goes on with the system allocator.
#[cfg_attr(test, allow(dead_code))]
const ARENA_BYTES: usize = 4 << 20;
/// The size classes are multiples of this, which is also every block's alignment.
const GRAIN: usize = 16;
/// The largest block the arena serves.
const SMALL_MAX: usize = 1024;
/// The number of size classes: 16, 32, … 1,024 bytes.
const CLASSES: usize = SMALL_MAX / GRAIN;

/// An allocator over an arena of `BYTES` bytes, in front of the system allocator.
pub(crate) struct Arena<const BYTES: usize> {
    /// The arena's memory. Aligned to a page so that its blocks are aligned to [`GRAIN`].
    memory: UnsafeCell<Pages<BYTES>>,
    /// The thread the arena belongs to ([`this_thread`]), or 0 before the first allocation.
    owner: AtomicUsize,
    /// Read and written only by the owner.
    state: UnsafeCell<State>,
}

#[repr(C, align(4096))]
struct Pages<const BYTES: usize>([u8; BYTES]);

/// Where the arena stands: offsets into the memory, so that the state holds no pointer.
struct State {
    /// The offset of the arena's first unused byte.
    next: usize,
    /// For each class, the offset of the first freed block plus one, or 0 when there is
    /// none. Each freed block holds the same for the block after it.
    free: [usize; CLASSES],
}

// SAFETY: the memory is handed out in disjoint blocks, each used by one owner at a time as
// the `GlobalAlloc` contract requires, and the state that decides which block is whose is
// read and written by one thread only, the arena's owner (`Arena::state`).
unsafe impl<const BYTES: usize> Sync for Arena<BYTES> {}

/// A free list's link, as a freed block holds it in its first bytes.
type Link = [u8; size_of::<usize>()];

/// The binary's allocator.
#[cfg_attr(test, allow(dead_code))]
pub(crate) type Global = Arena<ARENA_BYTES>;

thread_local! {
    /// A byte whose address tells the threads apart: no two running threads share it.
    /// Initialised in place and without a destructor, so reading it never allocates.
    static THREAD: u8 = const { 0 };
}

/// This thread, as a number no other running thread has (and never 0).
fn this_thread() -> usize {
    THREAD.with(|byte| ptr::from_ref(byte) as usize)
}

impl<const BYTES: usize> Arena<BYTES> {
    /// An empty arena. All zero bytes, so a `static` of it is placed in `.bss`.
    pub(crate) const fn new() -> Self {
        Self {
            memory: UnsafeCell::new(Pages([0; BYTES])),
            owner: AtomicUsize::new(0),
            state: UnsafeCell::new(State {
                next: 0,
                free: [0; CLASSES],
            }),
        }
    }

    fn base(&self) -> *mut u8 {
        self.memory.get().cast()
    }

    /// The offset of `block` in the arena, when it is in it.
    fn offset(&self, block: *mut u8) -> Option<usize> {
        (block as usize)
            .checked_sub(self.base() as usize)
            .filter(|&offset| offset < BYTES)
    }

    /// The state, when this thread owns the arena (the first to ask does); `None` on every
    /// other thread. Each call's borrow ends before the next call: no method holds it while
    /// it calls another.
    #[allow(clippy::mut_from_ref)]
    fn state(&self) -> Option<&mut State> {
        let me = this_thread();
        let owner = self.owner.load(Ordering::Relaxed);
        let mine = owner == me
            || (owner == 0
                && self
                    .owner
                    .compare_exchange(0, me, Ordering::Relaxed, Ordering::Relaxed)
                    .is_ok());
        // SAFETY: only the owner gets here, and it holds one borrow at a time (above).
        mine.then(|| unsafe { &mut *self.state.get() })
    }

    /// A block of `rounded` bytes of class `class` from the arena, or null when it is full
    /// or this thread does not own it.
    fn take(&self, class: usize, rounded: usize) -> *mut u8 {
        let Some(state) = self.state() else {
            return ptr::null_mut();
        };
        match state.free[class] {
            0 => {
                if rounded > BYTES - state.next {
                    return ptr::null_mut();
                }
                let offset = state.next;
                state.next += rounded;
                // SAFETY: `offset + rounded <= BYTES`, inside the arena's memory.
                unsafe { self.base().add(offset) }
            }
            head => {
                // SAFETY: `head - 1` is the offset of a freed block of this class, which
                // holds the list's next entry in its first bytes (see `give_back`).
                let block = unsafe { self.base().add(head - 1) };
                state.free[class] = usize::from_ne_bytes(unsafe { block.cast::<Link>().read() });
                block
            }
        }
    }

    /// Returns the block at `offset`, of class `class` and `rounded` bytes, to the arena;
    /// on a thread that does not own the arena the block is not reused.
    fn give_back(&self, offset: usize, class: usize, rounded: usize) {
        let Some(state) = self.state() else {
            return;
        };
        if offset + rounded == state.next {
            state.next = offset;
        } else {
            // SAFETY: the block is at least 16 bytes and no longer used by its owner: its
            // first bytes hold the list's next entry.
            let link = state.free[class].to_ne_bytes();
            unsafe { self.base().add(offset).cast::<Link>().write(link) };
            state.free[class] = offset + 1;
        }
    }

    /// Grows or shrinks the arena's newest block, at `offset`, from `old` to `new` bytes
    /// where it is; false when it is not the newest, there is no room, or this thread does
    /// not own the arena.
    fn resize_newest(&self, offset: usize, old: usize, new: usize) -> bool {
        let Some(state) = self.state() else {
            return false;
        };
        let newest = offset + old == state.next && new <= BYTES - offset;
        if newest {
            state.next = offset + new;
        }
        newest
    }
}

/// The size class of a block of `size` bytes and `align`, and its size rounded up to the
/// class; `None` for a block the system allocator serves.
fn class(size: usize, align: usize) -> Option<(usize, usize)> {
    if size > SMALL_MAX || align > GRAIN {
        return None;
    }
    let rounded = size.max(1).div_ceil(GRAIN) * GRAIN;
    Some((rounded / GRAIN - 1, rounded))
}

// SAFETY: blocks from the arena are disjoint, inside it, aligned to 16 (the page-aligned
// base plus multiples of 16) and at least the size asked; every other block is the system
// allocator's, and a block is returned to whichever gave it (`offset` tells them apart).
unsafe impl<const BYTES: usize> GlobalAlloc for Arena<BYTES> {
    // Not inlined: with LTO, each of the program's thousands of allocation sites took its own
    // copy, and the code grew by 1.5 MB (a quarter).
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some((class, rounded)) = class(layout.size(), layout.align()) {
            let block = self.take(class, rounded);
            if !block.is_null() {
                return block;
            }
        }
        // SAFETY: the caller's layout, passed on.
        unsafe { System.alloc(layout) }
    }

    #[inline(never)]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match (self.offset(block), class(layout.size(), layout.align())) {
            (Some(offset), Some((class, rounded))) => self.give_back(offset, class, rounded),
            // SAFETY: not the arena's, so the system allocator's, with this layout.
            _ => unsafe { System.dealloc(block, layout) },
        }
    }

    #[inline(never)]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class(layout.size(), layout.align());
        let new = class(new_size, layout.align());
        match (self.offset(block), old, new) {
            (Some(_), Some((_, old_rounded)), Some((_, new_rounded)))
                if old_rounded == new_rounded =>
            {
                return block;
            }
            (Some(offset), Some((_, old_rounded)), Some((_, new_rounded)))
                if self.resize_newest(offset, old_rounded, new_rounded) =>
            {
                return block;
            }
            // SAFETY: the system allocator's block, with its layout (a system block stays
            // one).
            (None, ..) => return unsafe { System.realloc(block, layout, new_size) },
            _ => {}
        }
        // SAFETY: `new_size` is nonzero and does not overflow when rounded up to the
        // alignment (the `realloc` contract).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: a valid layout; the old block is valid for `layout.size()` bytes and the
        // new one for `new_size`, and they are distinct blocks.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                ptr::copy_nonoverlapping(block, new, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            new
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{class, Arena, GlobalAlloc, Layout, System, CLASSES, GRAIN, SMALL_MAX};
    use proptest::prelude::*;

    /// An arena of 8 KiB, small enough to fill in a test.
    type Small = Arena<8192>;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    fn in_arena(arena: &Small, block: *mut u8) -> bool {
        arena.offset(block).is_some()
    }

    #[test]
    fn classes_are_sixteen_bytes_apart_up_to_a_kibibyte() {
        assert_eq!(class(1, 1), Some((0, 16)));
        assert_eq!(class(16, 8), Some((0, 16)));
        assert_eq!(class(17, 8), Some((1, 32)));
        assert_eq!(class(1000, 16), Some((62, 1008)));
        assert_eq!(class(1024, 16), Some((63, 1024)));
        assert_eq!(CLASSES, 64);
        assert_eq!(class(1025, 1), None, "over SMALL_MAX: the system's");
        assert_eq!(class(64, 32), None, "over-aligned: the system's");
        assert_eq!(SMALL_MAX % GRAIN, 0);
    }

    #[test]
    fn a_freed_block_is_the_next_one_its_class_hands_out() {
        let arena = Box::new(Small::new());
        unsafe {
            let a = arena.alloc(layout(40, 8));
            let b = arena.alloc(layout(40, 8));
            assert_eq!(b as usize - a as usize, 48, "40 bytes take a 48-byte block");
            let c = arena.alloc(layout(8, 8));
            arena.dealloc(a, layout(40, 8));
            // 33 to 48 bytes is the same class.
            assert_eq!(arena.alloc(layout(33, 1)), a);
            // Another class does not take it.
            arena.dealloc(b, layout(40, 8));
            let d = arena.alloc(layout(64, 8));
            assert_ne!(d, b);
            assert!(d as usize > c as usize);
        }
    }

    #[test]
    fn the_newest_block_goes_back_to_the_arena_and_grows_in_place() {
        let arena = Box::new(Small::new());
        unsafe {
            let a = arena.alloc(layout(16, 8));
            let b = arena.alloc(layout(100, 1));
            b.write_bytes(7, 100);
            let grown = arena.realloc(b, layout(100, 1), 900);
            assert_eq!(grown, b, "the newest block grows where it is");
            assert!((0..100).all(|i| *grown.add(i) == 7));
            let shrunk = arena.realloc(grown, layout(900, 1), 20);
            assert_eq!(shrunk, b);
            arena.dealloc(shrunk, layout(20, 1));
            // Its bytes are the arena's again: the next block of any class starts there.
            assert_eq!(arena.alloc(layout(500, 4)), b);
            // A block that is not the newest moves, with its contents.
            a.write_bytes(9, 16);
            let moved = arena.realloc(a, layout(16, 8), 300);
            assert_ne!(moved, a);
            assert!((0..16).all(|i| *moved.add(i) == 9));
        }
    }

    #[test]
    fn large_over_aligned_and_overflowing_blocks_are_the_systems() {
        let arena = Box::new(Small::new());
        unsafe {
            let large = arena.alloc(layout(SMALL_MAX + 1, 8));
            assert!(!in_arena(&arena, large));
            let aligned = arena.alloc(layout(64, 64));
            assert!(!in_arena(&arena, aligned));
            assert_eq!(aligned as usize % 64, 0);
            // Eight blocks of 1 KiB fill the arena; the ninth is the system's.
            let full: Vec<_> = (0..8).map(|_| arena.alloc(layout(1024, 16))).collect();
            assert!(full.iter().all(|&block| in_arena(&arena, block)));
            let spilled = arena.alloc(layout(16, 16));
            assert!(!in_arena(&arena, spilled));
            // Each goes back to whichever gave it; a freed arena block serves again.
            arena.dealloc(spilled, layout(16, 16));
            arena.dealloc(large, layout(SMALL_MAX + 1, 8));
            arena.dealloc(aligned, layout(64, 64));
            arena.dealloc(full[3], layout(1024, 16));
            assert_eq!(
                arena.alloc(layout(1010, 8)),
                full[3],
                "1,009 to 1,024 bytes: its class"
            );
            // A block grown past SMALL_MAX moves to the system with its contents.
            full[0].write_bytes(3, 1024);
            let moved = arena.realloc(full[0], layout(1024, 16), 5000);
            assert!(!in_arena(&arena, moved));
            assert!((0..1024).all(|i| *moved.add(i) == 3));
            arena.dealloc(moved, layout(5000, 16));
        }
    }

    #[test]
    fn the_arena_is_the_first_threads_and_others_use_the_system() {
        let arena = std::sync::Arc::new(Small::new());
        let mine = unsafe { arena.alloc(layout(32, 8)) };
        assert!(in_arena(&arena, mine));
        let other = std::sync::Arc::clone(&arena);
        let mine_address = mine as usize;
        let (theirs, freed) = std::thread::spawn(move || unsafe {
            let theirs = other.alloc(layout(32, 8));
            // A block of the arena freed on another thread is not reused.
            other.dealloc(mine_address as *mut u8, layout(32, 8));
            let grown = other.realloc(theirs, layout(32, 8), 64);
            (grown as usize, other.offset(grown).is_some())
        })
        .join()
        .unwrap();
        assert!(!freed, "another thread's blocks are the system's");
        let next = unsafe { arena.alloc(layout(32, 8)) };
        assert_ne!(next, mine, "freed by another thread: not handed out again");
        assert!(in_arena(&arena, next));
        unsafe { System.dealloc(theirs as *mut u8, layout(64, 8)) };
    }

    /// One step of a random workload.
    #[derive(Debug, Clone)]
    enum Step {
        Alloc(usize, usize),
        Free(usize),
        Realloc(usize, usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        let size = prop_oneof![1..=64_usize, 1..=SMALL_MAX + 200];
        let align = prop_oneof![Just(1_usize), Just(8), Just(16), Just(32)];
        prop_oneof![
            (size.clone(), align).prop_map(|(size, align)| Step::Alloc(size, align)),
            any::<usize>().prop_map(Step::Free),
            (any::<usize>(), size).prop_map(|(which, size)| Step::Realloc(which, size)),
        ]
    }

    proptest! {
        /// Under any sequence of allocations, frees and reallocations, every live block is
        /// aligned, disjoint from every other, and keeps what was written into it.
        #[test]
        fn live_blocks_are_aligned_disjoint_and_keep_their_bytes(
            steps in prop::collection::vec(step(), 1..200)
        ) {
            let arena = Box::new(Small::new());
            // (block, layout, the byte it is filled with)
            let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
            let check = |&(block, layout, fill): &(*mut u8, Layout, u8)| {
                assert_eq!(block as usize % layout.align(), 0);
                let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
                assert!(bytes.iter().all(|&b| b == fill), "a block's bytes changed");
            };
            for (n, step) in steps.into_iter().enumerate() {
                let fill = u8::try_from(n % 251).unwrap();
                match step {
                    Step::Alloc(size, align) => {
                        let layout = layout(size, align);
                        let block = unsafe { arena.alloc(layout) };
                        assert!(!block.is_null());
                        unsafe { block.write_bytes(fill, size) };
                        live.push((block, layout, fill));
                    }
                    Step::Free(which) if !live.is_empty() => {
                        let entry = live.swap_remove(which % live.len());
                        check(&entry);
                        unsafe { arena.dealloc(entry.0, entry.1) };
                    }
                    Step::Realloc(which, size) if !live.is_empty() => {
                        let index = which % live.len();
                        let (block, old, old_fill) = live[index];
                        check(&live[index]);
                        let new = unsafe { arena.realloc(block, old, size) };
                        assert!(!new.is_null());
                        let kept = old.size().min(size);
                        let bytes = unsafe { std::slice::from_raw_parts(new, kept) };
                        assert!(bytes.iter().all(|&b| b == old_fill), "realloc lost bytes");
                        unsafe { new.write_bytes(fill, size) };
                        live[index] = (new, layout(size, old.align()), fill);
                    }
                    Step::Free(_) | Step::Realloc(..) => {}
                }
                let mut spans: Vec<_> =
                    live.iter().map(|(b, l, _)| (*b as usize, *b as usize + l.size())).collect();
                spans.sort_unstable();
                assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "blocks overlap");
            }
            live.iter().for_each(check);
            for (block, layout, _) in live {
                unsafe { arena.dealloc(block, layout) };
            }
        }
    }

    #[test]
    fn threads_allocating_at_once_keep_their_blocks() {
        static ARENA: Arena<65536> = Arena::new();
        let threads: Vec<_> = (0..4_u8)
            .map(|t| {
                std::thread::spawn(move || {
                    for round in 0..500 {
                        let size = 1 + (round * 37 + usize::from(t) * 11) % 700;
                        let layout = Layout::from_size_align(size, 8).unwrap();
                        unsafe {
                            let block = ARENA.alloc(layout);
                            block.write_bytes(t, size);
                            std::thread::yield_now();
                            let bytes = std::slice::from_raw_parts(block, size);
                            assert!(bytes.iter().all(|&b| b == t), "another thread wrote here");
                            ARENA.dealloc(block, layout);
                        }
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
    }
}
