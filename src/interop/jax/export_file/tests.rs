//! The reader on files built here with the `flatbuffers` builder (the layout jax writes, varied
//! where real exports cannot easily be: effects, device counts, old versions, custom nodes).

use std::path::Path;

use flatbuffers::{FlatBufferBuilder, UnionWIPOffset, WIPOffset};

use super::{read, sniff, MAGIC};
use crate::types::{DType, TensorType};

type Off = WIPOffset<UnionWIPOffset>;

enum Tree {
    Leaf,
    None,
    Tuple(Vec<Tree>),
    Dict(Vec<(&'static str, Tree)>),
    Custom(&'static str, &'static [u8], Vec<Tree>),
}

enum Field {
    U8(u8),
    U16(u16),
    U32(u32),
    I16(i16),
    Off(Off),
}

fn table(b: &mut FlatBufferBuilder, fields: Vec<(u16, Field)>) -> Off {
    let t = b.start_table();
    for (slot, f) in fields {
        let at = 4 + 2 * slot;
        match f {
            Field::U8(v) => b.push_slot_always(at, v),
            Field::U16(v) => b.push_slot_always(at, v),
            Field::U32(v) => b.push_slot_always(at, v),
            Field::I16(v) => b.push_slot_always(at, v),
            Field::Off(v) => b.push_slot_always(at, v),
        }
    }
    b.end_table(t).as_union_value()
}

fn strings(b: &mut FlatBufferBuilder, items: &[&str]) -> Off {
    let offs: Vec<_> = items.iter().map(|s| b.create_string(s)).collect();
    b.create_vector(&offs).as_union_value()
}

fn tree(b: &mut FlatBufferBuilder, t: &Tree) -> Off {
    let (kind, children): (u8, Vec<&Tree>) = match t {
        Tree::Leaf => (0, vec![]),
        Tree::None => (1, vec![]),
        Tree::Tuple(c) => (2, c.iter().collect()),
        Tree::Dict(c) => (4, c.iter().map(|(_, t)| t).collect()),
        Tree::Custom(_, _, c) => (5, c.iter().collect()),
    };
    let offs: Vec<Off> = children.into_iter().map(|c| tree(b, c)).collect();
    let mut fields = vec![(0, Field::U8(kind))];
    if !offs.is_empty() {
        fields.push((1, Field::Off(b.create_vector(&offs).as_union_value())));
    }
    if let Tree::Dict(c) = t {
        let keys: Vec<&str> = c.iter().map(|(k, _)| *k).collect();
        fields.push((2, Field::Off(strings(b, &keys))));
    }
    if let Tree::Custom(name, aux, _) = t {
        fields.push((3, Field::Off(b.create_string(name).as_union_value())));
        fields.push((4, Field::Off(b.create_vector(aux).as_union_value())));
    }
    table(b, fields)
}

/// An `Exported` as jax 0.10.2 writes it, with knobs.
struct Spec {
    version: u16,
    in_tree: Tree,
    out_tree: Tree,
    /// (shape, dtype code) per input leaf, then per output leaf.
    avals: Vec<(Vec<&'static str>, u8)>,
    inline_avals: bool,
    platforms: Vec<&'static str>,
    effects: Vec<&'static str>,
    module: Vec<u8>,
    calling_convention: u16,
    kept: Vec<u16>,
    nr_devices: u32,
    nr_devices_short: i16,
}

/// `step(params={'w': f32[2, 3]}, x=f32[4]) -> (f32[], {'w': f32[2, 3]})`.
fn spec() -> Spec {
    Spec {
        version: 3,
        in_tree: Tree::Tuple(vec![
            Tree::Tuple(vec![Tree::Dict(vec![("w", Tree::Leaf)])]),
            Tree::Dict(vec![("x", Tree::Leaf)]),
        ]),
        out_tree: Tree::Tuple(vec![Tree::Leaf, Tree::Dict(vec![("w", Tree::Leaf)])]),
        avals: vec![
            (vec!["2", "3"], 10),
            (vec!["4"], 10),
            (vec![], 10),
            (vec!["2", "3"], 10),
        ],
        inline_avals: false,
        platforms: vec!["cpu"],
        effects: vec![],
        module: [MAGIC, b"\x01StableHLO_v1.15.0\0rest"].concat(),
        calling_convention: 10,
        kept: vec![0, 1],
        nr_devices: 1,
        nr_devices_short: 0,
    }
}

fn build(s: &Spec) -> Vec<u8> {
    let mut b = FlatBufferBuilder::new();
    let in_tree = tree(&mut b, &s.in_tree);
    let out_tree = tree(&mut b, &s.out_tree);
    let avals: Vec<Off> = s
        .avals
        .iter()
        .map(|(shape, dtype)| {
            let shape = strings(&mut b, shape);
            table(&mut b, vec![(1, Field::Off(shape)), (2, Field::U8(*dtype))])
        })
        .collect();
    let platforms = strings(&mut b, &s.platforms);
    let effects: Vec<Off> = s
        .effects
        .iter()
        .map(|e| {
            let name = b.create_string(e).as_union_value();
            table(&mut b, vec![(0, Field::Off(name))])
        })
        .collect();
    let effects = b.create_vector(&effects).as_union_value();
    let module = b.create_vector(&s.module).as_union_value();
    let kept = b.create_vector(&s.kept).as_union_value();
    let mut fields = vec![
        (0, Field::U16(s.version)),
        (2, Field::Off(in_tree)),
        (4, Field::Off(out_tree)),
        (9, Field::Off(platforms)),
        (10, Field::Off(effects)),
        (13, Field::Off(module)),
        (14, Field::U16(s.calling_convention)),
        (15, Field::Off(kept)),
    ];
    if s.nr_devices != 0 {
        fields.push((18, Field::U32(s.nr_devices)));
    }
    if s.nr_devices_short != 0 {
        fields.push((6, Field::I16(s.nr_devices_short)));
    }
    // Two inputs in every spec here, then the outputs.
    let split = 2;
    if s.inline_avals {
        let ins = b.create_vector(&avals[..split]).as_union_value();
        let outs = b.create_vector(&avals[split..]).as_union_value();
        fields.extend([(3, Field::Off(ins)), (5, Field::Off(outs))]);
    } else {
        let unique = b.create_vector(&avals).as_union_value();
        let idx: Vec<u32> = (0..avals.len() as u32).collect();
        let ins = b.create_vector(&idx[..split]).as_union_value();
        let outs = b.create_vector(&idx[split..]).as_union_value();
        fields.extend([
            (19, Field::Off(unique)),
            (22, Field::Off(ins)),
            (23, Field::Off(outs)),
        ]);
    }
    let root = table(&mut b, fields);
    b.finish(root, None);
    b.finished_data().to_vec()
}

fn load(s: &Spec) -> Result<super::Serialized, String> {
    let bytes = build(s);
    sniff(&bytes)?;
    read(Path::new("t.jaxexport"), &bytes).map_err(|e| e.to_string())
}

fn names(ports: &[crate::interop::jax::Port]) -> Vec<&str> {
    ports
        .iter()
        .map(|p| p.name.as_deref().unwrap_or("?"))
        .collect()
}

#[test]
fn reads_names_types_and_the_module() {
    for inline_avals in [false, true] {
        let got = load(&Spec {
            inline_avals,
            ..spec()
        })
        .unwrap();
        assert_eq!(names(&got.signature.inputs), ["params['w']", "x"]);
        assert_eq!(
            names(&got.signature.outputs),
            ["result[0]", "result[1]['w']"]
        );
        let f32 = |s: Vec<usize>| TensorType::new(DType::F32, s);
        assert_eq!(got.signature.inputs[0].ty, f32(vec![2, 3]));
        assert_eq!(got.signature.outputs[0].ty, f32(vec![]));
        assert_eq!(got.module, spec().module);
    }
}

#[test]
fn namedtuples_are_named_by_their_fields_and_other_custom_nodes_refused() {
    let mut s = spec();
    s.in_tree = Tree::Tuple(vec![
        Tree::Tuple(vec![Tree::Custom(
            "Params",
            br#"["w", "b"]"#,
            vec![Tree::Leaf, Tree::None],
        )]),
        Tree::Dict(vec![("x", Tree::Leaf)]),
    ]);
    let got = load(&s).unwrap();
    assert_eq!(names(&got.signature.inputs), ["params.w", "x"]);
    s.in_tree = Tree::Tuple(vec![
        Tree::Tuple(vec![Tree::Custom("flax.Frozen", b"\x80", vec![Tree::Leaf])]),
        Tree::Dict(vec![("x", Tree::Leaf)]),
    ]);
    let e = load(&s).err().unwrap();
    assert!(e.contains("`flax.Frozen` at `params`"), "{e}");
}

#[test]
fn calling_convention_changes_are_refused_by_name() {
    let cases: Vec<(Spec, &str)> = vec![
        (
            Spec {
                effects: vec!["OrderedIO"],
                ..spec()
            },
            "`ordered_effects` is [OrderedIO]",
        ),
        (
            Spec {
                nr_devices: 8,
                ..spec()
            },
            "`nr_devices` is 8",
        ),
        (
            Spec {
                calling_convention: 8,
                ..spec()
            },
            "`calling_convention_version` is 8",
        ),
        (
            Spec {
                platforms: vec![],
                ..spec()
            },
            "`platforms` is []",
        ),
        (
            Spec {
                nr_devices: 0,
                nr_devices_short: 1,
                ..spec()
            },
            "older than 0.8.2",
        ),
        (
            Spec {
                version: 4,
                ..spec()
            },
            "serialization_version 4 is not one",
        ),
        (
            Spec {
                avals: vec![
                    (vec!["2", "3"], 27),
                    (vec!["4"], 10),
                    (vec![], 10),
                    (vec!["2", "3"], 10),
                ],
                ..spec()
            },
            "`params['w']` has dtype key<fry>",
        ),
        (
            Spec {
                kept: vec![1],
                ..spec()
            },
            "does not use the parameters params['w']",
        ),
        (
            Spec {
                module: b"not bytecode".to_vec(),
                ..spec()
            },
            "is not MLIR bytecode",
        ),
        (
            Spec {
                kept: vec![1, 0],
                ..spec()
            },
            "not an increasing list",
        ),
    ];
    for (s, want) in cases {
        let e = load(&s).err().unwrap();
        assert!(
            e.contains(want) && e.contains("t.jaxexport"),
            "want `{want}`: {e}"
        );
    }
}

#[test]
fn garbage_is_an_error_never_a_panic() {
    assert!(sniff(b"").is_err() && sniff(b"module @m {}").is_err());
    let good = build(&spec());
    // A deterministic scramble of every byte position, and every truncation.
    let mut state = 0x9e37_79b9_u32;
    for i in 0..good.len() {
        for _ in 0..4 {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let mut bytes = good.clone();
            bytes[i] = (state >> 24) as u8;
            let _ = read(Path::new("x"), &bytes);
        }
        let _ = read(Path::new("x"), &good[..i]);
    }
}
