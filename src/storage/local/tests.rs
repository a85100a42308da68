use super::*;

#[test]
fn native_open_reports_no_window_instead_of_panicking() {
    assert_eq!(
        LocalStore::open().unwrap_err(),
        StorageUnavailable::NoWindow
    );
}
