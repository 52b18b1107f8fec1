//! One CPU client per test binary, found by the library's own plugin discovery. A missing plugin
//! fails the test with the library's error (which says what to install); it never skips.
#![allow(dead_code)]

use std::sync::OnceLock;

use muon_xla::pjrt::plugin::{locate_or_install, DeviceKind};
use muon_xla::pjrt::{Client, CompileOptions, Executable, Plugin};
use muon_xla::Graph;

pub fn client() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let found = locate_or_install(DeviceKind::Cpu, None)
            .unwrap_or_else(|e| panic!("the XLA CPU plugin is required for this test: {e}"));
        let plugin = Plugin::load(&found.path).unwrap_or_else(|e| panic!("{e}"));
        Client::new(&plugin).unwrap_or_else(|e| panic!("{e}"))
    })
}

/// Emits and compiles a graph.
pub fn compile(graph: &Graph) -> Executable {
    let text = muon_xla::emit::emit(graph).expect("emit");
    client()
        .compile(&text, graph.signature(), &CompileOptions::default())
        .unwrap_or_else(|e| panic!("XLA rejected the module:\n{text}\n{e}"))
}
