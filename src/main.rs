fn main() {
    std::process::exit(dhow::cli::main());
}
