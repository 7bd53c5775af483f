// Prevents an extra console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--help" | "-h" => {
                print!("{}", ulazai_studio::config::HELP);
                return;
            }
            "--version" | "-V" => {
                println!("ulazai-studio {}", env!("CARGO_PKG_VERSION"));
                return;
            }
            _ => {}
        }
    }
    ulazai_studio::run()
}
