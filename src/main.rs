//! Entry point: install the panic hook, take the first-paint shell down and mount the app,
//! with a User Timing mark before and after (read by `cargo xtask bench`). Nothing else lives
//! here.

fn main() {
    // The benchmark splits the first screen's time at these marks (#20).
    hamdel::ui::platform::mark("hamdel-wasm-started");
    console_error_panic_hook::set_once();
    hamdel::ui::platform::remove_boot_shell();
    leptos::mount::mount_to_body(hamdel::ui::App);
    hamdel::ui::platform::mark("hamdel-mounted");
}
