fn main() {
    // A pod's infra process (the infra container's command): before any
    // parsing or path resolution, since it runs in an otherwise empty root.
    if std::env::args_os().nth(1).is_some_and(|a| a == dhow::engine::pods::INFRA_COMMAND) {
        std::process::exit(dhow::engine::pods::infra_main());
    }
    // A container's monitor, as `start` spawns it: without building the CLI's
    // command tree, whose allocations would stay scattered over the heap of
    // this long-lived process (and cost its start time).
    if let Some(code) = dhow::engine::containers::monitor::direct_entry(std::env::args_os().skip(1)) {
        std::process::exit(code);
    }
    std::process::exit(dhow::cli::main());
}
