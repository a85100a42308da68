//! Mounts the app; everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    // index.html paints a static shell until now; the app takes its place.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("app-shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(samen_doen::ui::App);
}
