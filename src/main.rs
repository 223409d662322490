//! Entry point: install the panic hook, take the first-paint shell down and mount the app.
//! Nothing else lives here.

fn main() {
    console_error_panic_hook::set_once();
    hamdel::ui::platform::remove_boot_shell();
    leptos::mount::mount_to_body(hamdel::ui::App);
}
