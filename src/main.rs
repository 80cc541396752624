fn main() {
    #[cfg(feature = "wip")]
    std::process::exit(dhow::cli::main());
}
