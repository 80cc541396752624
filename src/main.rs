fn main() {
    // A pod's infra process (the infra container's command): before any
    // parsing or path resolution, since it runs in an otherwise empty root.
    if std::env::args_os().nth(1).is_some_and(|a| a == dhow::engine::pods::INFRA_COMMAND) {
        std::process::exit(dhow::engine::pods::infra_main());
    }
    std::process::exit(dhow::cli::main());
}
