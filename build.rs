//! Link settings that make the `awscalc` binary start faster on Linux with glibc.
//!
//! A one-answer run is mostly start-up (docs/performance.md, "Start-up as commands are
//! added"), and three link-time choices make a good part of it:
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
//! - **Code layout.** The functions a one-answer run executes are spread over 4.4 MB of code in
//!   the order the compiler emitted them, and the kernel maps code 64 KiB at a time as it is
//!   first executed, one page fault each. `link/startup.order` (written by
//!   `tools/startup_order.py`) lists them, commonest first and then command by command; LLD's
//!   `--symbol-ordering-file` lays them out in that order (`ebs` took 30 faults on its code
//!   instead of 18). Applied to optimised builds where the linker takes the option, which a
//!   probe link of an empty program with the same flags tells: LLD (Rust's default linker
//!   on x86_64 Linux since 1.90) does, GNU ld does not.
//!
//! The first two are not applied to a statically linked build (`+crt-static`, docs/cidr.md),
//! which has neither cost, nor (the unwinder) where `cc` cannot find `libgcc_eh.a`.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=link/startup.order");
    println!("cargo:rerun-if-env-changed=CC");
    let target_os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let static_build = features.split(',').any(|f| f == "crt-static");
    if target_os != "linux" || target_env != "gnu" {
        return;
    }
    if env::var("OPT_LEVEL").is_ok_and(|level| level != "0") {
        order_startup_code();
    }
    if static_build {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    if static_unwinder_found() {
        println!("cargo:rustc-link-lib=static:-bundle=gcc_eh");
    }
}

/// Hands `link/startup.order` to the linker when it takes a symbol ordering file.
fn order_startup_code() {
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let order = Path::new(&manifest).join("link").join("startup.order");
    if !order.is_file() {
        return;
    }
    let args = [
        format!("link-arg=-Wl,--symbol-ordering-file={}", order.display()),
        "link-arg=-Wl,--no-warn-symbol-ordering".to_string(),
    ];
    if links_with(&args) {
        for arg in &args {
            println!(
                "cargo:rustc-link-arg-bins={}",
                arg.trim_start_matches("link-arg=")
            );
        }
    }
}

/// Whether an empty program links with these extra `-C` arguments, built by the same rustc
/// for the same target with the flags and linker cargo uses for this build.
fn links_with(args: &[String]) -> bool {
    let Some(out_dir) = env::var_os("OUT_DIR").map(PathBuf::from) else {
        return false;
    };
    let source = out_dir.join("link_probe.rs");
    if std::fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let mut probe = Command::new(rustc);
    probe
        .arg("--crate-name")
        .arg("link_probe")
        .arg("--edition=2021")
        .arg("-o")
        .arg(out_dir.join("link_probe"))
        .arg(&source);
    if let Ok(target) = env::var("TARGET") {
        probe.arg("--target").arg(target);
    }
    if let Ok(linker) = env::var("RUSTC_LINKER") {
        probe.arg("-C").arg(format!("linker={linker}"));
    }
    if let Ok(flags) = env::var("CARGO_ENCODED_RUSTFLAGS") {
        probe.args(flags.split('\u{1f}').filter(|flag| !flag.is_empty()));
    }
    for arg in args {
        probe.arg("-C").arg(arg);
    }
    probe
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
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
