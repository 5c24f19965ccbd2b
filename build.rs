//! Link settings that make the `awscalc` binary start faster on Linux with glibc.
//!
//! A one-answer run is mostly start-up (docs/performance.md, "Start-up as commands are
//! added"), and two link-time choices cost a sixth of it:
//!
//! - **libgcc_s.so.** std links the unwinder as the shared library libgcc_s, so the loader
//!   opens, maps and relocates a second library and runs its constructor before `main`
//!   (9 system calls, about 7 page faults). The binary aborts on panic and unwinds only to
//!   print a backtrace, so the static unwinder `libgcc_eh.a`, which ships with the same gcc
//!   that links every Rust program on this target, serves as well. Named here as a library
//!   of the package, it comes on the link line before std's `-lgcc_s`; with fat LTO all of
//!   std's code is in the one object before it, so the linker takes the unwinder from the
//!   archive and `--as-needed` drops libgcc_s. (In a build without LTO the archive comes
//!   before std's objects, is not needed, and libgcc_s is linked as before.)
//! - **PIE.** A position-independent executable is relocated by the loader at every start:
//!   3,342 relocations that write 15 pages of `.data.rel.ro` (copy-on-write page faults) and
//!   about 46,000 instructions. `-no-pie` links the executable at a fixed address, so there
//!   is nothing to relocate. It gives up address randomisation of the executable's own code
//!   (libraries, stack and heap stay randomised); full RELRO (`-z now`) is kept. awscalc
//!   reads only its command line, answer sheets and JSON the user hands it.
//!
//! Neither is applied to a statically linked build (`+crt-static`, docs/cidr.md), which has
//! neither cost, nor where `cc` cannot find `libgcc_eh.a`.

use std::env;
use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CC");
    let target_os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let static_build = features.split(',').any(|f| f == "crt-static");
    if target_os != "linux" || target_env != "gnu" || static_build {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    if static_unwinder_found() {
        println!("cargo:rustc-link-lib=static:-bundle=gcc_eh");
    }
}

/// Whether the C compiler that links the binary has `libgcc_eh.a`: it prints the
/// archive's full path when it has it, and only the bare name when not.
fn static_unwinder_found() -> bool {
    let cc = env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let Ok(output) = Command::new(cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
    else {
        return false;
    };
    let path = String::from_utf8_lossy(&output.stdout);
    let path = Path::new(path.trim());
    output.status.success() && path.is_absolute() && path.is_file()
}
