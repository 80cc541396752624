//! Tests of the client against a small HTTP server in a thread.

use super::*;
use crate::image::manifest::{DOCKER_LIST, DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST};
use std::io::{self, Write};
use std::sync::atomic::Ordering;
use std::net::{TcpListener, TcpStream};

#[derive(Debug, Clone)]
struct TestReq {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl TestReq {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

struct Server {
    addr: String,
    reqs: Arc<Mutex<Vec<TestReq>>>,
    /// Connections that opened with a TLS handshake.
    tls_attempts: Arc<std::sync::atomic::AtomicUsize>,
}

impl Server {
    fn requests(&self) -> Vec<TestReq> {
        self.reqs.lock().unwrap().clone()
    }
}

/// A one-thread HTTP/1.1 server on 127.0.0.1 answering each request with
/// `handler(request, own address)` and closing the connection. A TLS
/// ClientHello gets a plain-HTTP 400, as real HTTP servers answer.
fn serve(handler: impl Fn(&TestReq, &str) -> Vec<u8> + Send + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let reqs = Arc::new(Mutex::new(Vec::new()));
    let tls_attempts = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let (a, r, t) = (addr.clone(), reqs.clone(), tls_attempts.clone());
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { continue };
            if let Some(req) = read_request(&mut conn) {
                r.lock().unwrap().push(req.clone());
                let _ = conn.write_all(&handler(&req, &a));
            } else {
                t.fetch_add(1, Ordering::SeqCst);
                let _ =
                    conn.write_all(b"HTTP/1.0 400 Bad Request\r\nConnection: close\r\n\r\n");
            }
            let _ = conn.flush();
        }
    });
    Server {
        addr,
        reqs,
        tls_attempts,
    }
}

fn read_request(conn: &mut TcpStream) -> Option<TestReq> {
    conn.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = conn.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf[0] == 0x16 {
            return None; // TLS handshake
        }
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.lines();
    let mut first = lines.next()?.split(' ');
    let (method, path) = (first.next()?.to_string(), first.next()?.to_string());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < len {
        let n = conn.read(&mut chunk).ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(TestReq {
        method,
        path,
        headers,
        body,
    })
}

fn resp(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (n, v) in headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    out.push_str("\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

fn client(addr: &str, insecure: bool, auth: Option<Credentials>) -> RegistryClient {
    RegistryClient::new(
        addr,
        ClientOptions {
            insecure,
            auth,
            user_agent: "dhow-test".into(),
            retries: 2,
        },
    )
    .unwrap()
}

const MANIFEST: &[u8] = br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}"#;

#[test]
fn is_send_sync_clone() {
    fn check<T: Send + Sync + Clone>() {}
    check::<RegistryClient>();
}

#[test]
fn anonymous_manifest_over_insecure_http() {
    let srv = serve(|r, _| {
        assert_eq!(r.path, "/v2/library/alpine/manifests/latest");
        resp("200 OK", &[("Content-Type", "application/json")], MANIFEST)
    });
    let m = client(&srv.addr, true, None)
        .get_manifest("library/alpine", "latest")
        .unwrap();
    assert_eq!(m.digest, Digest::of(MANIFEST));
    assert_eq!(m.bytes, MANIFEST);
    // The generic Content-Type is replaced by the document's own mediaType.
    assert_eq!(m.media_type, OCI_MANIFEST);
    let reqs = srv.requests();
    let accept = reqs[0].header("accept").unwrap();
    for t in [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST] {
        assert!(accept.contains(t), "{accept}");
    }
    assert!(reqs[0].header("authorization").is_none());
    assert_eq!(srv.tls_attempts.load(Ordering::SeqCst), 1);
}

#[test]
fn insecure_fallback_is_remembered() {
    let srv = serve(|_, _| resp("200 OK", &[], b"{}"));
    let c = client(&srv.addr, true, None);
    for _ in 0..3 {
        c.ping().unwrap();
    }
    assert_eq!(
        srv.tls_attempts.load(Ordering::SeqCst),
        1,
        "HTTPS is tried once, then plain HTTP is remembered"
    );
    assert_eq!(srv.requests().len(), 3);
}

#[test]
fn head_manifest_reads_headers() {
    let d = Digest::of(MANIFEST);
    let dd = d.to_string();
    let srv = serve(move |r, _| {
        assert_eq!(r.method, "HEAD");
        format!("HTTP/1.1 200 OK\r\nContent-Length: 123\r\nContent-Type: {DOCKER_LIST}\r\nDocker-Content-Digest: {dd}\r\nConnection: close\r\n\r\n").into_bytes()
    });
    let got = client(&srv.addr, true, None)
        .head_manifest("a", "latest")
        .unwrap();
    assert_eq!(got, Some((d, DOCKER_LIST.to_string(), 123)));
}

#[test]
fn https_to_plain_http_is_a_tls_error_with_hint() {
    let srv = serve(|_, _| resp("200 OK", &[], b"{}"));
    let err = client(&srv.addr, false, None).ping().unwrap_err();
    assert!(matches!(err, RegistryError::Tls { .. }), "{err:?}");
    assert!(err.to_string().contains("--tls-verify=false"), "{err}");
    assert!(srv.requests().is_empty(), "nothing went out in plain HTTP");
}

#[test]
fn digest_mismatch_when_fetched_by_digest() {
    let srv = serve(|_, _| resp("200 OK", &[("Content-Type", OCI_MANIFEST)], MANIFEST));
    let wanted = Digest::of(b"something else");
    let err = client(&srv.addr, true, None)
        .get_manifest("a/b", &wanted.to_string())
        .unwrap_err();
    match err {
        RegistryError::DigestMismatch { expected, got } => {
            assert_eq!(expected, wanted.to_string());
            assert_eq!(got, Digest::of(MANIFEST).to_string());
        }
        e => panic!("{e:?}"),
    }
    let ok = client(&srv.addr, true, None)
        .get_manifest("a/b", &Digest::of(MANIFEST).to_string())
        .unwrap();
    assert_eq!(ok.media_type, OCI_MANIFEST);
}

fn bearer_server() -> Server {
    serve(|r, addr| {
        if r.path.starts_with("/token") {
            return resp("200 OK", &[], br#"{"token":"T","expires_in":300}"#);
        }
        if r.header("authorization") == Some("Bearer T") {
            return resp("200 OK", &[("Content-Type", DOCKER_MANIFEST)], MANIFEST);
        }
        let challenge = format!(
            r#"Bearer realm="http://{addr}/token",service="reg,istry",scope="repository:ns/app:pull""#
        );
        resp(
            "401 Unauthorized",
            &[("WWW-Authenticate", &challenge)],
            br#"{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}"#,
        )
    })
}

#[test]
fn bearer_challenge_gets_token_and_retries() {
    let srv = bearer_server();
    let c = client(&srv.addr, true, None);
    let m = c.get_manifest("ns/app", "v1").unwrap();
    assert_eq!(m.media_type, DOCKER_MANIFEST);
    c.get_manifest("ns/app", "v2").unwrap();
    let reqs = srv.requests();
    let tokens: Vec<_> = reqs
        .iter()
        .filter(|r| r.path.starts_with("/token"))
        .collect();
    assert_eq!(tokens.len(), 1, "the token is cached: {reqs:#?}");
    assert!(
        tokens[0].path.contains("service=reg%2Cistry"),
        "{}",
        tokens[0].path
    );
    assert!(
        tokens[0]
            .path
            .contains("scope=repository%3Ans%2Fapp%3Apull"),
        "{}",
        tokens[0].path
    );
    assert!(
        tokens[0].header("authorization").is_none(),
        "anonymous token request"
    );
    let last = reqs.last().unwrap();
    assert_eq!(last.path, "/v2/ns/app/manifests/v2");
    assert_eq!(last.header("authorization"), Some("Bearer T"));
}

#[test]
fn credentials_go_to_the_token_service() {
    let srv = serve(|r, addr| {
        if r.path.starts_with("/token") {
            return if r.header("authorization") == Some("Basic dTpwQHNz") {
                resp("200 OK", &[], br#"{"access_token":"T"}"#)
            } else {
                resp(
                    "401 Unauthorized",
                    &[],
                    br#"{"details":"incorrect username or password"}"#,
                )
            };
        }
        if r.header("authorization") == Some("Bearer T") {
            return resp("200 OK", &[], b"{}");
        }
        resp(
            "401 Unauthorized",
            &[(
                "WWW-Authenticate",
                &format!("Bearer realm=\"http://{addr}/token\",service=\"s\""),
            )],
            b"",
        )
    });
    let good = Credentials {
        username: "u".into(),
        password: "p@ss".into(),
        identity_token: None,
    };
    client(&srv.addr, true, Some(good)).ping().unwrap();
    let bad = Credentials {
        username: "u".into(),
        password: "wrong".into(),
        identity_token: None,
    };
    let err = client(&srv.addr, true, Some(bad)).ping().unwrap_err();
    assert!(matches!(err, RegistryError::Unauthorized { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains("incorrect username or password") && msg.contains("dhow login"),
        "{msg}"
    );
}

#[test]
fn identity_token_uses_refresh_grant() {
    let srv = serve(|r, addr| {
        if r.path.starts_with("/token") {
            let body = String::from_utf8_lossy(&r.body);
            return if r.method == "POST"
                && body.contains("grant_type=refresh_token")
                && body.contains("refresh_token=R")
            {
                resp("200 OK", &[], br#"{"access_token":"T"}"#)
            } else {
                resp("400 Bad Request", &[], b"")
            };
        }
        if r.header("authorization") == Some("Bearer T") {
            return resp("200 OK", &[], b"{}");
        }
        resp(
            "401 Unauthorized",
            &[(
                "WWW-Authenticate",
                &format!("Bearer realm=\"http://{addr}/token\""),
            )],
            b"",
        )
    });
    let auth = Credentials {
        username: String::new(),
        password: String::new(),
        identity_token: Some("R".into()),
    };
    client(&srv.addr, true, Some(auth)).ping().unwrap();
}

#[test]
fn basic_challenge() {
    let srv = serve(|r, _| {
        if r.header("authorization") == Some("Basic dTpw") {
            resp("200 OK", &[], b"{}")
        } else {
            resp(
                "401 Unauthorized",
                &[("WWW-Authenticate", "Basic realm=\"dhow\"")],
                b"",
            )
        }
    });
    let auth = Credentials {
        username: "u".into(),
        password: "p".into(),
        identity_token: None,
    };
    let c = client(&srv.addr, true, Some(auth));
    c.ping().unwrap();
    c.ping().unwrap();
    // The second ping sends the credentials straight away.
    assert_eq!(srv.requests().len(), 3);
    let err = client(&srv.addr, true, None).ping().unwrap_err();
    assert!(
        matches!(err, RegistryError::Unauthorized { .. })
            && err.to_string().contains("dhow login"),
        "{err}"
    );
}

#[test]
fn manifest_unknown_and_denied() {
    let srv = serve(|r, _| {
        if r.path.contains("secret") {
            resp("403 Forbidden", &[], br#"{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}"#)
        } else {
            resp(
                "404 Not Found",
                &[],
                br#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}"#,
            )
        }
    });
    let c = client(&srv.addr, true, None);
    let err = c.get_manifest("library/nope", "1.0").unwrap_err();
    match &err {
        RegistryError::ManifestUnknown {
            reference,
            registry,
        } => {
            assert_eq!(reference, "library/nope:1.0");
            assert_eq!(registry, &srv.addr);
        }
        e => panic!("{e:?}"),
    }
    assert!(err.to_string().contains("check the name and tag"));
    let err = c.get_manifest("secret/x", "1").unwrap_err();
    assert!(
        matches!(err, RegistryError::Denied { .. }) && err.to_string().contains("denied"),
        "{err:?}"
    );
    assert_eq!(c.head_manifest("library/nope", "1.0").unwrap(), None);
    let d = Digest::of(b"x");
    assert!(matches!(
        c.get_blob("library/nope", &d),
        Err(RegistryError::BlobUnknown { .. })
    ));
    assert_eq!(c.blob_exists("library/nope", &d).unwrap(), None);
}

#[test]
fn connection_refused() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    for insecure in [false, true] {
        let err = client(&addr, insecure, None).ping().unwrap_err();
        assert!(
            matches!(err, RegistryError::ConnectionRefused { .. }),
            "{err:?}"
        );
        assert!(err.to_string().contains("refused"));
    }
}

#[test]
fn retries_after_503() {
    let n = Arc::new(Mutex::new(0));
    let n2 = n.clone();
    let srv = serve(move |_, _| {
        let mut n = n2.lock().unwrap();
        *n += 1;
        if *n == 1 {
            resp("503 Service Unavailable", &[("Retry-After", "0")], b"busy")
        } else {
            resp("200 OK", &[("Content-Length-Ignored", "x")], b"blob-data")
        }
    });
    let mut body = String::new();
    client(&srv.addr, true, None)
        .get_blob("a", &Digest::of(b"blob-data"))
        .unwrap()
        .read_to_string(&mut body)
        .unwrap();
    assert_eq!(body, "blob-data");
    assert_eq!(srv.requests().len(), 2);
    // Without retries the 503 is an error naming the status.
    let srv = serve(|_, _| resp("503 Service Unavailable", &[], b"busy"));
    let c = RegistryClient::new(
        &srv.addr,
        ClientOptions {
            insecure: true,
            retries: 0,
            ..Default::default()
        },
    )
    .unwrap();
    match c.get_blob("a", &Digest::of(b"")) {
        Err(RegistryError::Http {
            status: 503,
            detail,
            ..
        }) => assert_eq!(detail, "busy"),
        Err(e) => panic!("{e:?}"),
        Ok(_) => panic!("a 503 was accepted"),
    }
}

#[test]
fn upload_with_relative_location() {
    let srv = serve(|r, _| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/v2/me/app/blobs/uploads/") => resp(
            "202 Accepted",
            &[("Location", "/v2/me/app/blobs/uploads/u1?_state=abc")],
            b"",
        ),
        ("PUT", p) if p.starts_with("/v2/me/app/blobs/uploads/u1?") => {
            resp("201 Created", &[], b"")
        }
        ("PUT", "/v2/me/app/manifests/v1") => resp("201 Created", &[], b""),
        _ => resp("400 Bad Request", &[], b""),
    });
    let c = client(&srv.addr, true, None);
    let data = b"layer bytes".to_vec();
    let digest = Digest::of(&data);
    c.upload_blob(
        "me/app",
        &digest,
        data.len() as u64,
        Box::new(io::Cursor::new(data.clone())),
    )
    .unwrap();
    let put_digest = c
        .put_manifest("me/app", "v1", MANIFEST, OCI_MANIFEST)
        .unwrap();
    assert_eq!(put_digest, Digest::of(MANIFEST));
    let reqs = srv.requests();
    let put = &reqs[1];
    assert_eq!(
        put.path,
        format!(
            "/v2/me/app/blobs/uploads/u1?_state=abc&digest=sha256%3A{}",
            digest.hex()
        )
    );
    assert_eq!(put.body, data);
    assert_eq!(put.header("content-length"), Some("11"));
    assert_eq!(reqs[2].header("content-type"), Some(OCI_MANIFEST));
    assert_eq!(reqs[2].body, MANIFEST);
}

#[test]
fn declined_mount_cancels_upload() {
    let srv = serve(|r, addr| match r.method.as_str() {
        "POST" if r.path.contains("mount=") => resp(
            "202 Accepted",
            &[("Location", &format!("http://{addr}/v2/b/blobs/uploads/u2"))],
            b"",
        ),
        "DELETE" => resp("204 No Content", &[], b""),
        _ => resp("400 Bad Request", &[], b""),
    });
    let d = Digest::of(b"x");
    assert!(!client(&srv.addr, true, None)
        .mount_blob("b", &d, "other/a")
        .unwrap());
    let reqs = srv.requests();
    assert_eq!(
        reqs[0].path,
        format!("/v2/b/blobs/uploads/?mount={d}&from=other%2Fa")
    );
    assert_eq!(
        (reqs[1].method.as_str(), reqs[1].path.as_str()),
        ("DELETE", "/v2/b/blobs/uploads/u2")
    );
}

#[test]
fn tags_follow_link_pagination() {
    let srv = serve(|r, _| {
        if r.path == "/v2/x/tags/list" {
            resp(
                "200 OK",
                &[("Link", "</v2/x/tags/list?last=b&n=2>; rel=\"next\"")],
                br#"{"name":"x","tags":["a","b"]}"#,
            )
        } else {
            resp("200 OK", &[], br#"{"name":"x","tags":["c"]}"#)
        }
    });
    assert_eq!(
        client(&srv.addr, true, None).tags("x").unwrap(),
        vec!["a", "b", "c"]
    );
}

#[test]
fn catalog_respects_limit() {
    let srv = serve(|_, _| resp("200 OK", &[], br#"{"repositories":["a","b","c"]}"#));
    let c = client(&srv.addr, true, None);
    assert_eq!(c.catalog(Some(2)).unwrap(), vec!["a", "b"]);
    assert_eq!(srv.requests()[0].path, "/v2/_catalog?n=2");
}

#[test]
fn redirect_to_another_host_drops_credentials() {
    let cdn = serve(|_, _| resp("200 OK", &[], b"from-cdn"));
    let cdn_addr = cdn.addr.clone();
    let srv = serve(move |r, _| {
        if r.header("authorization").is_none() {
            return resp(
                "401 Unauthorized",
                &[("WWW-Authenticate", "Basic realm=\"r\"")],
                b"",
            );
        }
        resp(
            "307 Temporary Redirect",
            &[("Location", &format!("http://{cdn_addr}/blob"))],
            b"",
        )
    });
    let auth = Credentials {
        username: "u".into(),
        password: "p".into(),
        identity_token: None,
    };
    let mut body = String::new();
    client(&srv.addr, true, Some(auth))
        .get_blob("r", &Digest::of(b"from-cdn"))
        .unwrap()
        .read_to_string(&mut body)
        .unwrap();
    assert_eq!(body, "from-cdn");
    let reqs = cdn.requests();
    assert_eq!(reqs.len(), 1);
    assert!(
        reqs[0].header("authorization").is_none(),
        "credentials leaked to {}",
        cdn.addr
    );
}

#[test]
fn manifest_size_is_capped() {
    let srv = serve(|_, _| {
        let big = vec![b' '; (MAX_MANIFEST_SIZE + 1) as usize];
        resp("200 OK", &[], &big)
    });
    let err = client(&srv.addr, true, None)
        .get_manifest("a", "b")
        .unwrap_err();
    assert!(matches!(err, RegistryError::TooLarge { .. }), "{err:?}");
}

#[test]
fn origin_check() {
    let c = client("reg.example:5000", false, None);
    assert!(c.same_origin(&Url::parse("https://reg.example:5000/v2/x").unwrap()));
    assert!(!c.same_origin(&Url::parse("https://reg.example/v2/x").unwrap()));
    assert!(!c.same_origin(&Url::parse("https://cdn.example:5000/x").unwrap()));
    let c = client("reg.example", false, None);
    assert!(c.same_origin(&Url::parse("https://REG.example/v2/").unwrap()));
    assert!(!c.same_origin(&Url::parse("https://reg.example:8443/v2/").unwrap()));
    let c = client("[::1]:5000", false, None);
    assert!(c.same_origin(&Url::parse("http://[::1]:5000/v2/").unwrap()));
    assert_eq!(
        client("registry-1.docker.io", false, None).login_name(),
        "docker.io"
    );
}

#[test]
fn link_header() {
    assert_eq!(
        next_link(r#"</v2/_catalog?last=a&n=1>; rel="next""#).as_deref(),
        Some("/v2/_catalog?last=a&n=1")
    );
    assert_eq!(
        next_link(r#"<http://x/prev>; rel="prev", <http://x/n>; rel=next"#).as_deref(),
        Some("http://x/n")
    );
    assert_eq!(next_link("garbage"), None);
}

#[test]
fn auth_debug_hides_password() {
    let a = Credentials {
        username: "me".into(),
        password: "hunter2".into(),
        identity_token: Some("tok".into()),
    };
    let s = format!(
        "{:?}",
        ClientOptions {
            auth: Some(a),
            ..Default::default()
        }
    );
    assert!(
        s.contains("me") && !s.contains("hunter2") && !s.contains("tok\""),
        "{s}"
    );
}
