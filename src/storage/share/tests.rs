use super::*;
use crate::model::{Participant, Role};
use crate::storage::error::DecodeError;

fn small() -> Session {
    let mut s = Session::new("k3x9", 1_767_225_600_000);
    s.title = "Teamoverleg zorg".into();
    s.school = "OBS De Linde".into();
    s.participants.push(Participant {
        role: Role::YouthWorker,
        name: String::new(),
    });
    s
}

#[test]
fn link_round_trip() {
    let url = share_url("https://example.org/samen-doen/#/start", &small()).unwrap();
    assert!(url.starts_with("https://example.org/samen-doen/#/import/"));
    let doc = decode_share(&url).unwrap();
    assert_eq!(doc.sessions, vec![small()]);
    let fragment = share_fragment(&small()).unwrap();
    assert_eq!(decode_share(&fragment).unwrap().sessions, vec![small()]);
    assert_eq!(
        decode_share(&fragment[FRAGMENT_PREFIX.len()..])
            .unwrap()
            .sessions,
        vec![small()]
    );
}

#[test]
fn typed_errors() {
    assert_eq!(
        decode_share("https://example.org/"),
        Err(ShareError::NotAShareLink)
    );
    assert_eq!(decode_share("#/import/***"), Err(ShareError::BadBase64));
    assert_eq!(decode_share("#/import/AAAA"), Err(ShareError::BadDeflate));
    let not_json = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"hello", 9));
    assert!(matches!(
        decode_share(&format!("#/import/{not_json}")),
        Err(ShareError::Decode(DecodeError::NotJson { .. }))
    ));
    let fragment = share_fragment(&small()).unwrap();
    let cut = &fragment[..fragment.len() - 10];
    assert!(decode_share(cut).is_err());
}

#[test]
fn zip_bomb_is_refused() {
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; MAX_INFLATED_BYTES + 1], 9);
    let link = format!("#/import/{}", URL_SAFE_NO_PAD.encode(bomb));
    assert!(link.len() < 20_000);
    assert_eq!(decode_share(&link), Err(ShareError::TooLarge));
}

#[test]
fn small_session_fits_a_qr_code_and_huge_one_does_not() {
    let url = share_url("https://example.org/samen-doen/", &small()).unwrap();
    let svg = qr_svg(&url).unwrap();
    assert!(svg.contains("<svg") && svg.ends_with("</svg>"));
    let mut huge = small();
    // Pseudo-random text does not compress, like real long notes after deflate.
    let mut x: u32 = 1;
    huge.notes = (0..4900)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'!' + ((x >> 16) % 90) as u8)
        })
        .collect();
    let url = share_url("https://example.org/samen-doen/", &huge).unwrap();
    assert_eq!(qr_svg(&url), Err(TooLong { bytes: url.len() }));
    assert_eq!(decode_share(&url).unwrap().sessions, vec![huge]);
}

#[test]
fn crc32_matches_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn new_links_are_checked_and_old_ones_still_open() {
    let fragment = share_fragment(&small()).unwrap();
    assert!(fragment.starts_with("#/import/2."));
    assert!(read_share(&fragment).unwrap().checked);
    // A link from before the checksum: raw deflate, no prefix.
    let json = crate::storage::encode_session(&small()).unwrap();
    let old = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9));
    let read = read_share(&format!("#/import/{old}")).unwrap();
    assert!(!read.checked);
    assert_eq!(read.document.sessions, vec![small()]);
}

#[test]
fn every_single_bit_flip_of_a_link_is_refused_or_changes_nothing() {
    let fragment = share_fragment(&small()).unwrap();
    let payload = &fragment[FRAGMENT_PREFIX.len()..];
    let mut refused = 0;
    for i in 0..payload.len() {
        for bit in 0..7 {
            let mut bytes = payload.as_bytes().to_vec();
            bytes[i] ^= 1 << bit;
            let Ok(text) = String::from_utf8(bytes) else {
                continue;
            };
            match read_share(&format!("{FRAGMENT_PREFIX}{text}")) {
                Err(_) => refused += 1,
                Ok(read) => assert_eq!(
                    read.document.sessions,
                    vec![small()],
                    "a flip at {i}/{bit} opened changed content ({text})"
                ),
            }
        }
    }
    assert!(refused > payload.len() * 5, "{refused}");
}

#[test]
fn a_doubled_link_is_refused_its_checksum_covers_exactly_what_opens() {
    let fragment = share_fragment(&small()).unwrap();
    let payload = &fragment[FRAGMENT_PREFIX.len() + CHECKED_PREFIX.len()..];
    let mut packed = URL_SAFE_NO_PAD.decode(payload).unwrap();
    let once = packed.clone();
    // The compressed session twice, the checksum at the end: the first half inflates and
    // matches the checksum; the bytes after it must not be ignored.
    packed.splice(0..0, once[..once.len() - 4].iter().copied());
    let doubled = format!(
        "{FRAGMENT_PREFIX}{CHECKED_PREFIX}{}",
        URL_SAFE_NO_PAD.encode(&packed)
    );
    assert_eq!(decode_share(&doubled), Err(ShareError::Damaged));
    let mut padded = once.clone();
    padded.insert(padded.len() - 4, 0);
    let padded = format!(
        "{FRAGMENT_PREFIX}{CHECKED_PREFIX}{}",
        URL_SAFE_NO_PAD.encode(&padded)
    );
    assert_eq!(decode_share(&padded), Err(ShareError::Damaged));
    assert!(decode_share(&fragment).is_ok());
}
