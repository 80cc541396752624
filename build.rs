//! Links the `dhow` executable as a non-position-independent executable on
//! Linux. A PIE's pointer tables (`.data.rel.ro`, the GOT: about 450 KiB
//! here) are rewritten by the dynamic linker at every start, so each process
//! gets private copies; in a fixed-address executable they stay clean pages
//! of the file, shared by every process. That matters for the one
//! long-lived dhow process, the per-container monitor (see
//! `src/sys/memory.rs` and bench/memory.sh). The code itself is still
//! compiled position-independent; only the final link differs.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=dhow=-no-pie");
    }
}
