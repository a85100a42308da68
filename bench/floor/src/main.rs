//! The smallest useful Leptos CSR page (one button that remembers a count), built with the
//! same release profile as the app, so the benchmark can print the floor next to the app.

use gloo_storage::Storage;
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(gloo_storage::LocalStorage::get::<u32>("floor").unwrap_or(0));
        view! {
            <button data-testid="floor-button" on:click=move |_| {
                count.update(|c| *c += 1);
                let _ = gloo_storage::LocalStorage::set("floor", count.get_untracked());
            }>{move || count.get()}</button>
        }
    })
}
