//! The answer page on a participant's phone (`antwoord.html`); see `samen_doen::phone`.

fn main() {
    samen_doen::phone::start();
}
