//! The `muon-xla step` contract, end to end: the real binary reads a safetensors file, runs the
//! step through XLA and writes the result, which must equal what the library's `Optimizer`
//! computes in memory for the same settings (bit for bit), and every invalid input is refused with
//! status 2, nothing written and the offending tensor named.

use crate::xla;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use muon_xla::config::settings::AdjustLrName;
use muon_xla::config::{OptimizerConfig, Preset, Settings};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::jobs::step_file::StepInput;
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::Optimizer;
use muon_xla::transforms::Layout;
use muon_xla::types::DType;
use muon_xla::HostTensor;

// ---------------------------------------------------------------------------------------------
// Scratch directories and running the binary.

/// A fresh directory under the system temp dir, removed on drop.
pub(super) struct Scratch(PathBuf);

impl Scratch {
    pub(super) fn new(tag: &str) -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!(
            "muon-xla-cli-step-{}-{tag}-{n}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch(dir)
    }

    pub(super) fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// The names of the entries in the directory, sorted.
    fn entries(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.0)
            .expect("read scratch dir")
            .map(|e| {
                e.expect("dir entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        v.sort();
        v
    }

    pub(super) fn write(&self, name: &str, file: &TensorFile) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, file.to_bytes().expect("serialize")).expect("write input");
        p
    }

    fn write_text(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, text).expect("write text");
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub(super) struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Outcome {
    pub(super) fn ok(&self) {
        assert_eq!(
            self.code,
            Some(0),
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
    }

    /// Status 2 and every string of `needles` in stderr.
    fn refused(&self, needles: &[&str]) {
        assert_eq!(
            self.code,
            Some(2),
            "expected exit status 2\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        for n in needles {
            assert!(
                self.stderr.contains(n),
                "stderr does not mention {n:?}:\n{}",
                self.stderr
            );
        }
    }
}

fn muon_xla(args: &[&str]) -> Outcome {
    let out = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(args)
        .output()
        .expect("run the muon-xla binary");
    Outcome {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

/// `muon-xla step --input IN --output OUT ARGS...`.
pub(super) fn step(input: &Path, output: &Path, args: &[&str]) -> Outcome {
    let mut all = vec!["step", "--input", s(input), "--output", s(output)];
    all.extend_from_slice(args);
    muon_xla(&all)
}

// ---------------------------------------------------------------------------------------------
// Inputs.

/// Deterministic values in about [-1, 1], different per `seed`.
fn values(n: usize, seed: u64) -> Vec<f64> {
    (0..n)
        .map(|i| ((i as f64 + 1.0) * 0.7131 + seed as f64 * 1.3717).sin())
        .collect()
}

pub(super) fn tensor(shape: &[usize], seed: u64) -> HostTensor {
    let n = shape.iter().product();
    HostTensor::from_f64(DType::F32, shape.to_vec(), &values(n, seed)).unwrap()
}

/// A small model: two Muon matrices (wide and tall), a 1-D norm bias, and an embedding matrix
/// (Adam under keras by its name, Muon under the presets without a name rule).
const MODEL: [(&str, &[usize]); 4] = [
    ("layers.0.attn.w", &[4, 6]),
    ("layers.0.mlp.w", &[6, 3]),
    ("layers.0.norm.bias", &[6]),
    ("token_embedding.weight", &[5, 4]),
];

const SUFFIXES: [&str; 4] = ["grad", "momentum", "exp_avg", "exp_avg_sq"];

fn is_param(name: &str) -> bool {
    !SUFFIXES.iter().any(|k| name.ends_with(&format!(".{k}")))
}

/// Parameters and gradients (`grad_seed` varies the gradients) with metadata `step` when given.
fn model_file(step: Option<u64>, grad_seed: u64) -> TensorFile {
    let mut f = TensorFile::default();
    for (i, (name, shape)) in MODEL.iter().enumerate() {
        f.tensors
            .insert(name.to_string(), tensor(shape, 100 + i as u64));
        f.tensors.insert(
            format!("{name}.grad"),
            tensor(shape, grad_seed * 10 + i as u64),
        );
    }
    if let Some(t) = step {
        f.metadata.insert("step".into(), t.to_string());
    }
    f
}

/// Parameters `h.L.NAME` for `layers` layers and each of `shapes`, with their gradients
/// (seeded by layer and position).
pub(super) fn layered(layers: u64, shapes: &[(&str, &[usize])]) -> TensorFile {
    let mut f = TensorFile::default();
    for l in 0..layers {
        for (k, (name, shape)) in shapes.iter().enumerate() {
            let name = format!("h.{l}.{name}");
            let seed = 10 * l + k as u64;
            f.tensors.insert(name.clone(), tensor(shape, seed));
            f.tensors
                .insert(format!("{name}.grad"), tensor(shape, seed + 100));
        }
    }
    f
}

/// Adds non-zero state of the right kind for `config`'s routing to every parameter.
fn with_state(mut f: TensorFile, config: &OptimizerConfig) -> TensorFile {
    let specs = specs_of(&f);
    let plan = muon_xla::plan::Plan::new(specs.clone(), config).unwrap();
    for (i, spec) in specs.iter().enumerate() {
        let muon = plan.routes[i].0 == muon_xla::config::Route::Muon;
        let shape = spec.ty.shape.to_vec();
        if muon {
            f.tensors.insert(
                format!("{}.momentum", spec.name),
                tensor(&shape, 500 + i as u64),
            );
        } else {
            f.tensors.insert(
                format!("{}.exp_avg", spec.name),
                tensor(&shape, 600 + i as u64),
            );
            let v: Vec<f64> = values(spec.ty.num_elements(), 700 + i as u64)
                .iter()
                .map(|x| 0.01 + x * x)
                .collect();
            f.tensors.insert(
                format!("{}.exp_avg_sq", spec.name),
                HostTensor::from_f64(DType::F32, shape, &v).unwrap(),
            );
        }
    }
    f
}

fn specs_of(f: &TensorFile) -> Vec<ParamSpec> {
    f.tensors
        .iter()
        .filter(|(n, _)| is_param(n))
        .map(|(n, t)| ParamSpec {
            name: n.clone(),
            ty: t.ty().clone(),
        })
        .collect()
}

fn settings(preset: Preset) -> Settings {
    Settings {
        preset: Some(preset),
        ..Settings::default()
    }
}

// ---------------------------------------------------------------------------------------------
// The library's answer.

/// What `Optimizer` computes for the step file `f` under `config` with Muon learning rate `lr`:
/// every parameter and its state, by file name.
fn library_step(f: &TensorFile, config: &OptimizerConfig, lr: f64) -> BTreeMap<String, HostTensor> {
    let specs = specs_of(f);
    let mut opt = Optimizer::new(xla::client(), specs.clone(), config.clone()).unwrap();
    opt.set_params(specs.iter().map(|s| f.tensors[&s.name].clone()).collect())
        .unwrap();
    for (i, spec) in specs.iter().enumerate() {
        for kind in opt.state_names(i) {
            if let Some(t) = f.tensors.get(&format!("{}.{kind}", spec.name)) {
                opt.set_state(i, kind, t).unwrap();
            }
        }
    }
    let step = f
        .metadata
        .get("step")
        .map(|s| s.parse::<u64>().unwrap())
        .unwrap_or(0);
    opt.set_step_count(step);
    let grads: Vec<HostTensor> = specs
        .iter()
        .map(|s| f.tensors[&format!("{}.grad", s.name)].clone())
        .collect();
    opt.step(&grads, lr).unwrap();
    collect(&opt)
}

fn collect(opt: &Optimizer) -> BTreeMap<String, HostTensor> {
    let mut out = BTreeMap::new();
    for (i, p) in opt.params().unwrap().into_iter().enumerate() {
        let name = opt.spec(i).name.clone();
        for (kind, t) in opt.state_names(i).iter().zip(opt.state(i).unwrap()) {
            out.insert(format!("{name}.{kind}"), t);
        }
        out.insert(name, p);
    }
    out
}

/// Resolves `settings` and runs the library on `f` with the resolved learning rate.
fn library_with(f: &TensorFile, settings: &Settings) -> BTreeMap<String, HostTensor> {
    let config = settings.resolve().unwrap();
    let lr = config.lr.unwrap();
    library_step(f, &config, lr)
}

fn max_abs_diff(a: &HostTensor, b: &HostTensor) -> f64 {
    a.to_f64()
        .iter()
        .zip(b.to_f64())
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f64::max)
}

/// The output tensors equal `want` exactly: same names, types and bytes.
fn assert_same(got: &BTreeMap<String, HostTensor>, want: &BTreeMap<String, HostTensor>) {
    let got_names: Vec<&String> = got.keys().collect();
    let want_names: Vec<&String> = want.keys().collect();
    assert_eq!(got_names, want_names, "tensor names");
    for (name, w) in want {
        let g = &got[name];
        assert_eq!(g.ty(), w.ty(), "type of `{name}`");
        assert!(
            g == w,
            "`{name}` differs from the library: max |diff| = {:e}\n got {:?}\nwant {:?}",
            max_abs_diff(g, w),
            g.to_f64(),
            w.to_f64()
        );
    }
}

/// At least one tensor of `a` differs from `b` by more than `tol` (a flag had an effect).
fn assert_changes(a: &BTreeMap<String, HostTensor>, b: &BTreeMap<String, HostTensor>, what: &str) {
    let worst = a
        .iter()
        .map(|(n, t)| max_abs_diff(t, &b[n]))
        .fold(0.0, f64::max);
    assert!(
        worst > 1e-5,
        "{what} did not change the result (max |diff| {worst:e})"
    );
}

/// `f`'s tensors `NAME{suffix}` for every parameter of `specs`, in spec order.
fn named(f: &TensorFile, specs: &[ParamSpec], suffix: &str) -> Vec<HostTensor> {
    (specs.iter())
        .map(|s| f.tensors[&format!("{}{suffix}", s.name)].clone())
        .collect()
}

/// The library's optax steps (lr 0.05) from `first`'s parameters, one per list of gradients.
fn optax_steps(first: &TensorFile, grads: &[Vec<HostTensor>]) -> BTreeMap<String, HostTensor> {
    let config = Settings {
        lr: Some(0.05),
        ..settings(Preset::Optax)
    }
    .resolve()
    .unwrap();
    let specs = specs_of(first);
    let mut opt = Optimizer::new(xla::client(), specs.clone(), config).unwrap();
    opt.set_params(named(first, &specs, "")).unwrap();
    for g in grads {
        opt.step(g, 0.05).unwrap();
    }
    assert_eq!(opt.step_count(), grads.len() as u64);
    collect(&opt)
}

pub(super) fn read(p: &Path) -> TensorFile {
    TensorFile::read(p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
}

// ---------------------------------------------------------------------------------------------
// A successful step.

#[test]
fn step_writes_params_and_state_and_matches_the_library() {
    let dir = Scratch::new("success");
    let mut input = model_file(None, 1);
    input.metadata.insert("format".into(), "pt".into());
    input
        .metadata
        .insert("note".into(), "unchanged, with spaces".into());
    let inp = dir.write("in.safetensors", &input);
    let outp = dir.path("out.safetensors");
    step(&inp, &outp, &["--preset", "keras", "--lr", "0.01"]).ok();
    let out = read(&outp);

    // Every parameter and its state, no gradients; keras routes the embedding (by name) and the
    // 1-D bias (by rank) to Adam, the two other matrices to Muon.
    let names: Vec<&str> = out.tensors.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "layers.0.attn.w",
            "layers.0.attn.w.momentum",
            "layers.0.mlp.w",
            "layers.0.mlp.w.momentum",
            "layers.0.norm.bias",
            "layers.0.norm.bias.exp_avg",
            "layers.0.norm.bias.exp_avg_sq",
            "token_embedding.weight",
            "token_embedding.weight.exp_avg",
            "token_embedding.weight.exp_avg_sq",
        ]
    );
    assert!(out.tensors.keys().all(|n| !n.ends_with(".grad")));
    for (name, shape) in MODEL {
        assert_eq!(out.tensors[name].shape(), shape, "{name}");
        assert_eq!(out.tensors[name].dtype(), DType::F32, "{name}");
    }

    // Metadata: step absent -> "1"; the other keys unchanged.
    let want_meta: BTreeMap<String, String> = [
        ("format", "pt"),
        ("note", "unchanged, with spaces"),
        ("step", "1"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(out.metadata, want_meta);

    // The library computes exactly the same tensors.
    let config = settings(Preset::Keras).resolve().unwrap();
    assert_same(&out.tensors, &library_step(&input, &config, 0.01));

    // Heavy-ball momentum from zero state: the buffer is the gradient itself.
    assert_eq!(
        out.tensors["layers.0.attn.w.momentum"].to_f64(),
        input.tensors["layers.0.attn.w.grad"].to_f64()
    );
    // The step changed every parameter.
    for (name, _) in MODEL {
        assert!(
            max_abs_diff(&out.tensors[name], &input.tensors[name]) > 1e-4,
            "{name} did not move"
        );
    }
}

#[test]
fn keras_adam_path_matches_a_hand_computation() {
    // keras preset, first step, a 1-D parameter: Adam with lr' = lr · adam_lr_ratio (1),
    // m = (1−β1)·g, v = (1−β2)·g², α = lr'·sqrt(1−β2)/(1−β1), ε = 1e-7 added before the bias
    // correction, and the decay p·(1 − lr·adam_weight_decay) with adam_weight_decay 0.004.
    let dir = Scratch::new("hand");
    let input = model_file(Some(0), 2);
    let inp = dir.write("in.safetensors", &input);
    let outp = dir.path("out.safetensors");
    let lr = 0.01;
    step(&inp, &outp, &["--preset", "keras", "--lr", "0.01"]).ok();
    let out = read(&outp);
    assert_eq!(out.metadata["step"], "1", "\"0\" -> \"1\"");

    // Keras casts β1 and β2 to the variable's dtype (f32) before the bias corrections
    // (`ops.cast(self.adam_beta_2, variable.dtype)`), and so does our f32 graph: with β2 = 0.999
    // that alone moves sqrt(1−β2) by 6e-6 relative, so the hand computation does the same.
    let b1 = 0.9f32 as f64;
    let b2 = 0.999f32 as f64;
    let (eps, wd) = (1e-7f64, 0.004f64);
    let p = input.tensors["layers.0.norm.bias"].to_f64();
    let g = input.tensors["layers.0.norm.bias.grad"].to_f64();
    let alpha = lr * (1.0 - b2).sqrt() / (1.0 - b1);
    // Relative to the size of the terms (p and its update nearly cancel for some elements).
    let close = |got: f64, want: f64, scale: f64, what: &str| {
        assert!(
            (got - want).abs() <= 1e-6 * scale,
            "{what}: got {got}, want {want}"
        );
    };
    let out_p = out.tensors["layers.0.norm.bias"].to_f64();
    let out_m = out.tensors["layers.0.norm.bias.exp_avg"].to_f64();
    let out_v = out.tensors["layers.0.norm.bias.exp_avg_sq"].to_f64();
    for j in 0..p.len() {
        let m = (1.0 - 0.9) * g[j];
        let v = (1.0 - 0.999) * g[j] * g[j];
        let decayed = p[j] * (1.0 - lr * wd);
        let delta = alpha * m / (v.sqrt() + eps);
        close(out_p[j], decayed - delta, decayed.abs() + delta.abs(), "p");
        close(out_m[j], m, m.abs(), "exp_avg");
        close(out_v[j], v, v.abs(), "exp_avg_sq");
    }
}

#[test]
fn metadata_step_four_becomes_five() {
    let dir = Scratch::new("step5");
    let config = settings(Preset::Keras).resolve().unwrap();
    let mut input = with_state(model_file(Some(4), 3), &config);
    input.metadata.insert("epoch".into(), "2".into());
    let inp = dir.write("in.safetensors", &input);
    let outp = dir.path("out.safetensors");
    step(&inp, &outp, &["--preset", "keras"]).ok();
    let out = read(&outp);
    assert_eq!(out.metadata["step"], "5");
    assert_eq!(out.metadata["epoch"], "2");
    assert_eq!(out.metadata.len(), 2);
    // Step 5 (t = 5 in the Adam bias correction) and the given state, as the library does it.
    assert_same(&out.tensors, &library_step(&input, &config, 1e-3));
}

#[test]
fn two_steps_through_files_equal_two_steps_in_memory() {
    // optax: bias-corrected momentum and NAdam both depend on the step count, so a wrong `t` in
    // the second step would show.
    let dir = Scratch::new("two");
    let first = model_file(None, 4);
    let inp = dir.write("in.safetensors", &first);
    let mid = dir.path("step1.safetensors");
    let args = ["--preset", "optax", "--lr", "0.05"];
    step(&inp, &mid, &args).ok();
    let mut second = read(&mid);
    assert_eq!(second.metadata["step"], "1");
    let grads2 = model_file(None, 5);
    for (name, _) in MODEL {
        let key = format!("{name}.grad");
        second
            .tensors
            .insert(key.clone(), grads2.tensors[&key].clone());
    }
    let inp2 = dir.write("in2.safetensors", &second);
    let outp = dir.path("step2.safetensors");
    step(&inp2, &outp, &args).ok();
    let out = read(&outp);
    assert_eq!(out.metadata["step"], "2");

    let grads = |f: &TensorFile| named(f, &specs_of(&first), ".grad");
    let want = optax_steps(&first, &[grads(&first), grads(&grads2)]);
    assert_same(&out.tensors, &want);
}

#[test]
fn output_may_equal_input() {
    let dir = Scratch::new("inplace");
    let input = model_file(None, 6);
    let path = dir.write("model.safetensors", &input);
    let o = step(
        &path,
        &path,
        &["--preset", "moonlight", "--ns-dtype", "f32"],
    );
    o.ok();
    // Atomic replace: the file holds the new step, and no temporary file is left beside it.
    assert_eq!(dir.entries(), ["model.safetensors"]);
    let out = read(&path);
    assert_eq!(out.metadata["step"], "1");
    let want = library_with(
        &input,
        &Settings {
            ns_dtype: Some(DType::F32),
            ..settings(Preset::Moonlight)
        },
    );
    assert_same(&out.tensors, &want);
}

/// A training loop in one file, large enough (72 MB) that the output is written around the page
/// cache while the input, the same file, is mapped: two steps (the second with `--grads`) equal
/// the library's two steps bit for bit, and nothing is left beside the file.
#[test]
fn a_large_state_file_stepped_in_place_twice_matches_the_library() {
    let dir = Scratch::new("large-loop");
    let names = ["h.0.w", "h.1.w", "h.2.w"];
    let shape = [512usize, 2944];
    let mut first = TensorFile::default();
    for (i, name) in names.iter().enumerate() {
        first
            .tensors
            .insert(name.to_string(), tensor(&shape, 10 + i as u64));
        first
            .tensors
            .insert(format!("{name}.grad"), tensor(&shape, 20 + i as u64));
    }
    let mut grads2 = TensorFile::default();
    for (i, name) in names.iter().enumerate() {
        grads2
            .tensors
            .insert(name.to_string(), tensor(&shape, 30 + i as u64));
    }
    let path = dir.write("state.safetensors", &first);
    let g2 = dir.write("g2.safetensors", &grads2);
    let args = ["--preset", "optax", "--lr", "0.05"];
    step(&path, &path, &args).ok();
    assert!(std::fs::metadata(&path).unwrap().len() > 32 << 20);
    let o = muon_xla(&[
        "step",
        "--input",
        s(&path),
        "--grads",
        s(&g2),
        "--output",
        s(&path),
        "--preset",
        "optax",
        "--lr",
        "0.05",
    ]);
    o.ok();
    assert_eq!(dir.entries(), ["g2.safetensors", "state.safetensors"]);
    let out = read(&path);
    assert_eq!(out.metadata["step"], "2");

    let specs = specs_of(&first);
    let want = optax_steps(
        &first,
        &[named(&first, &specs, ".grad"), named(&grads2, &specs, "")],
    );
    assert_same(&out.tensors, &want);
}

#[test]
fn a_large_output_written_behind_the_step_equals_the_library_file_byte_for_byte() {
    // Three shape groups whose tensors interleave in the file (sorted by name across layers),
    // Adam-routed gains and a frozen tensor: each group's results land at their places while the
    // next group runs, out of file order, written direct (the output is over 32 MiB).
    let dir = Scratch::new("behind");
    let mut f = layered(
        3,
        &[
            ("a.weight", &[512, 1536]),
            ("b.weight", &[1024, 768]),
            ("c.weight", &[640, 1280]),
            ("ln.gain", &[1536]),
        ],
    );
    f.tensors.insert("rope.inv_freq".into(), tensor(&[64], 7));
    f.metadata.insert("step".into(), "4".into());
    // With state: the stacks of a loop step are built from the file's.
    let config = Settings {
        lr: Some(0.05),
        ..settings(Preset::Optax)
    }
    .resolve()
    .unwrap();
    let f = with_state(f, &config);
    let input = dir.write("in.safetensors", &f);
    let out = dir.path("out.safetensors");
    step(
        &input,
        &out,
        &["--preset", "optax", "--lr", "0.05", "--frozen", "rope"],
    )
    .ok();
    let got = std::fs::read(&out).unwrap();
    assert!(got.len() > 32 << 20, "the output must be written direct");

    let lib = StepInput::from_file_with(f, &config, &["rope".to_string()]).unwrap();
    let want_path = dir.path("library.safetensors");
    (lib.execute(xla::client(), 0.05).unwrap())
        .write_atomic(&want_path)
        .unwrap();
    let want = std::fs::read(&want_path).unwrap();
    assert_eq!(got.len(), want.len(), "file length");
    assert!(got == want, "the CLI's file differs from the library's");
    let back = read(&out);
    assert_eq!(back.metadata["step"], "5");
    for name in ["rope.inv_freq", "h.0.a.weight.momentum", "h.2.ln.gain"] {
        assert!(back.tensors.contains_key(name), "{name} missing");
    }
}

#[test]
fn equal_inputs_give_byte_identical_outputs() {
    // Many metadata keys: a hash map's order would differ between the two runs.
    let dir = Scratch::new("bytes");
    let mut input = model_file(Some(3), 7);
    for k in [
        "epoch",
        "seed",
        "run",
        "lr_schedule",
        "tokens",
        "dataset",
        "commit",
        "host",
    ] {
        input.metadata.insert(k.into(), format!("value of {k}"));
    }
    let input = with_state(input, &settings(Preset::Keras).resolve().unwrap());
    let inp = dir.write("in.safetensors", &input);
    let (a, b) = (dir.path("a.safetensors"), dir.path("b.safetensors"));
    step(&inp, &a, &["--preset", "keras"]).ok();
    step(&inp, &b, &["--preset", "keras"]).ok();
    let (a, b) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
    assert!(a == b, "two runs on the same input wrote different files");
    // The header lists the metadata first, keys sorted.
    let len = u64::from_le_bytes(a[..8].try_into().unwrap()) as usize;
    let head = std::str::from_utf8(&a[8..8 + len]).unwrap();
    assert!(
        head.starts_with(r#"{"__metadata__":{"commit":"value of commit","dataset":"#),
        "{head}"
    );
    // And the library's own serialization is the same for equal files.
    assert_eq!(input.to_bytes().unwrap(), input.clone().to_bytes().unwrap());
}

#[test]
fn partial_files_of_killed_writers_are_removed_and_live_ones_kept() {
    let dir = Scratch::new("stale");
    let inp = dir.write("in.safetensors", &model_file(None, 2));
    let outp = dir.path("out.safetensors");
    // A writer that is gone (a finished child's PID) and one that still runs.
    let mut gone = Command::new("true").spawn().unwrap();
    let gone_pid = gone.id();
    gone.wait().unwrap();
    let mut live = Command::new("sleep").arg("60").spawn().unwrap();
    let stale = dir.path(&format!(".out.safetensors.partial-{gone_pid}"));
    let busy = dir.path(&format!(".out.safetensors.partial-{}", live.id()));
    let other = dir.path(&format!(".other.safetensors.partial-{gone_pid}"));
    for p in [&stale, &busy, &other] {
        std::fs::write(p, b"half a file").unwrap();
    }
    let o = step(&inp, &outp, &["--preset", "keras"]);
    let _ = live.kill();
    let _ = live.wait();
    o.ok();
    assert!(
        !stale.exists(),
        "the dead writer's partial file is still there"
    );
    assert!(
        o.stderr.contains(&format!("left by process {gone_pid}")),
        "{}",
        o.stderr
    );
    assert!(busy.exists(), "a live writer's partial file was removed");
    assert!(other.exists(), "another output's partial file was removed");
    assert_eq!(read(&outp).metadata["step"], "1");
}

#[test]
fn a_missing_input_names_the_file_and_the_os_error_once() {
    let dir = Scratch::new("missing");
    let o = step(
        &dir.path("nope.safetensors"),
        &dir.path("out.safetensors"),
        &KERAS,
    );
    o.refused(&["nope.safetensors", "No such file or directory"]);
    assert_eq!(
        o.stderr.matches("No such file or directory").count(),
        1,
        "{}",
        o.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// Refusals: status 2, nothing written, the offending tensor named.

/// Runs the step twice, once to a separate output (which must not appear) and once in place (the
/// input must stay byte-identical), and checks the refusal names every string of `needles`.
fn assert_refused(tag: &str, input: &[u8], args: &[&str], needles: &[&str]) {
    let dir = Scratch::new(tag);
    let inp = dir.path("in.safetensors");
    std::fs::write(&inp, input).unwrap();
    let outp = dir.path("out.safetensors");
    step(&inp, &outp, args).refused(needles);
    assert!(!outp.exists(), "{tag}: an output was written");
    assert_eq!(dir.entries(), ["in.safetensors"], "{tag}: stray files");

    step(&inp, &inp, args).refused(needles);
    assert_eq!(
        std::fs::read(&inp).unwrap(),
        input,
        "{tag}: the input was modified"
    );
    assert_eq!(dir.entries(), ["in.safetensors"], "{tag}: stray files");
}

fn bytes(f: &TensorFile) -> Vec<u8> {
    f.to_bytes().unwrap()
}

const KERAS: [&str; 2] = ["--preset", "keras"];

#[test]
fn refuses_a_parameter_without_gradient() {
    let mut f = model_file(None, 1);
    f.tensors.remove("layers.0.mlp.w.grad");
    assert_refused(
        "nograd",
        &bytes(&f),
        &KERAS,
        &[
            "`layers.0.mlp.w`",
            "layers.0.mlp.w.grad",
            "nothing was updated",
        ],
    );
}

#[test]
fn refuses_a_gradient_of_another_shape() {
    let mut f = model_file(None, 1);
    f.tensors
        .insert("layers.0.attn.w.grad".into(), tensor(&[6, 4], 9));
    assert_refused(
        "gradshape",
        &bytes(&f),
        &KERAS,
        &["`layers.0.attn.w.grad`", "f32[6, 4]", "f32[4, 6]"],
    );
}

#[test]
fn refuses_a_state_of_another_shape() {
    let mut f = model_file(None, 1);
    f.tensors
        .insert("layers.0.attn.w.momentum".into(), tensor(&[6, 4], 9));
    assert_refused(
        "stateshape",
        &bytes(&f),
        &KERAS,
        &["`layers.0.attn.w.momentum`", "f32[6, 4]"],
    );
}

#[test]
fn refuses_a_stray_tensor() {
    let mut f = model_file(None, 1);
    f.tensors.insert("foo.grad".into(), tensor(&[3], 9));
    assert_refused("stray", &bytes(&f), &KERAS, &["`foo.grad`", "`foo`"]);
}

#[test]
fn refuses_momentum_on_an_adam_parameter() {
    let mut f = model_file(None, 1);
    f.tensors
        .insert("layers.0.norm.bias.momentum".into(), tensor(&[6], 9));
    assert_refused(
        "momentum-on-adam",
        &bytes(&f),
        &KERAS,
        &["`layers.0.norm.bias.momentum`", "adam", "exp_avg"],
    );
}

#[test]
fn refuses_adam_state_on_a_muon_matrix() {
    let mut f = model_file(None, 1);
    f.tensors
        .insert("layers.0.attn.w.exp_avg".into(), tensor(&[4, 6], 9));
    assert_refused(
        "adam-on-muon",
        &bytes(&f),
        &KERAS,
        &["`layers.0.attn.w.exp_avg`", "muon", "momentum"],
    );
}

#[test]
fn refuses_missing_state_after_step_zero() {
    let config = settings(Preset::Keras).resolve().unwrap();
    let mut f = with_state(model_file(Some(2), 1), &config);
    f.tensors.remove("layers.0.mlp.w.momentum");
    f.tensors.remove("token_embedding.weight.exp_avg_sq");
    assert_refused(
        "missing-state",
        &bytes(&f),
        &KERAS,
        &[
            "`layers.0.mlp.w.momentum` is missing",
            "`token_embedding.weight.exp_avg_sq` is missing",
            "step is 2",
        ],
    );
}

#[test]
fn refuses_non_finite_gradients_and_names_all_of_them() {
    let mut f = model_file(None, 1);
    let mut g = values(24, 3);
    g[5] = f64::NAN;
    f.tensors.insert(
        "layers.0.attn.w.grad".into(),
        HostTensor::from_f64(DType::F32, vec![4, 6], &g).unwrap(),
    );
    let mut g = values(6, 4);
    g[2] = f64::INFINITY;
    f.tensors.insert(
        "layers.0.norm.bias.grad".into(),
        HostTensor::from_f64(DType::F32, vec![6], &g).unwrap(),
    );
    assert_refused(
        "nonfinite",
        &bytes(&f),
        &KERAS,
        &[
            "`layers.0.attn.w.grad` has NaN or infinite values",
            "`layers.0.norm.bias.grad` has NaN or infinite values",
        ],
    );
}

#[test]
fn refuses_an_unknown_preset() {
    let f = model_file(None, 1);
    assert_refused(
        "preset",
        &bytes(&f),
        &["--preset", "kellerjordan"],
        &["kellerjordan", "keller-jordan"],
    );
}

#[test]
fn optax_needs_lr() {
    let f = model_file(None, 1);
    assert_refused(
        "optax-lr",
        &bytes(&f),
        &["--preset", "optax"],
        &["--lr", "optax"],
    );
}

#[test]
fn refuses_a_malformed_step() {
    for bad in ["-1", "two", "1.5"] {
        let mut f = model_file(None, 1);
        f.metadata.insert("step".into(), bad.into());
        assert_refused(
            "badstep",
            &bytes(&f),
            &KERAS,
            &["metadata `step`", &format!("`{bad}`")],
        );
    }
}

/// KNOWN BUG (src/step_file.rs `StepInput::run`, `self.step + 1`, and src/optimizer.rs
/// `Optimizer::step_device`, `(self.step + 1) as f64` / `self.step += 1`): metadata `step` =
/// u64::MAX parses, then `step + 1` wraps to 0 in release builds (panics in debug), so the Adam
/// bias corrections divide by 1 − β^0 = 0, the Adam parameters come out NaN, OUT says step "0",
/// and the command exits 0. Either refusing the file (status 2, naming `step`, nothing written)
/// or writing step 18446744073709551616 with finite values would honour the contract.
#[test]
fn a_step_count_that_cannot_be_incremented_is_not_wrapped() {
    let dir = Scratch::new("maxstep");
    let config = settings(Preset::Keras).resolve().unwrap();
    let input = with_state(model_file(Some(u64::MAX), 1), &config);
    let inp = dir.write("in.safetensors", &input);
    let outp = dir.path("out.safetensors");
    let o = step(&inp, &outp, &KERAS);
    if o.code == Some(0) {
        let out = read(&outp);
        let nan: Vec<&String> = out
            .tensors
            .iter()
            .filter(|(_, t)| t.to_f64().iter().any(|v| !v.is_finite()))
            .map(|(n, _)| n)
            .collect();
        assert!(
            out.metadata["step"] == "18446744073709551616" && nan.is_empty(),
            "step u64::MAX: exit 0 with step {:?} and non-finite tensors {nan:?}",
            out.metadata["step"]
        );
    } else {
        o.refused(&["step"]);
        assert!(!outp.exists(), "an output was written");
    }
}

#[test]
fn refuses_a_file_that_is_not_safetensors() {
    assert_refused(
        "notst",
        b"this is not a safetensors file, just text\n",
        &KERAS,
        &["in.safetensors", "not a valid safetensors file"],
    );
}

#[test]
fn refuses_an_unknown_config_key() {
    let dir = Scratch::new("cfgkey");
    let cfg = dir.write_text("cfg.json", r#"{ "preset": "keras", "learning_rate": 0.1 }"#);
    let f = model_file(None, 1);
    assert_refused(
        "cfgkey",
        &bytes(&f),
        &["--config", s(&cfg)],
        &["learning_rate", "cfg.json", "unknown field"],
    );
}

// ---------------------------------------------------------------------------------------------
// Settings: precedence, routing, dry run, flags.

#[test]
fn precedence_preset_then_config_then_flags() {
    let dir = Scratch::new("precedence");
    let input = model_file(None, 7);
    let inp = dir.write("in.safetensors", &input);
    let cfg = dir.write_text("cfg.json", r#"{ "preset": "keras", "lr": 0.1 }"#);
    let lib = |lr: f64| {
        library_with(
            &input,
            &Settings {
                lr: Some(lr),
                ..settings(Preset::Keras)
            },
        )
    };
    let (at_01, at_02) = (lib(0.1), lib(0.2));
    assert_changes(&at_01, &at_02, "lr 0.1 vs 0.2");

    let out_cfg = dir.path("cfg.safetensors");
    step(&inp, &out_cfg, &["--config", s(&cfg)]).ok();
    assert_same(&read(&out_cfg).tensors, &at_01);

    let out_flag = dir.path("flag.safetensors");
    step(&inp, &out_flag, &["--config", s(&cfg), "--lr", "0.2"]).ok();
    assert_same(&read(&out_flag).tensors, &at_02);

    // Neither: the preset's 1e-3.
    let out_preset = dir.path("preset.safetensors");
    step(&inp, &out_preset, &KERAS).ok();
    assert_same(&read(&out_preset).tensors, &lib(1e-3));
}

#[test]
fn adamw_pattern_routes_a_matrix_to_adam() {
    let dir = Scratch::new("adamw");
    let input = model_file(None, 8);
    let inp = dir.write("in.safetensors", &input);
    let outp = dir.path("out.safetensors");
    step(&inp, &outp, &["--preset", "keras", "--adamw", r"attn\.w$"]).ok();
    let out = read(&outp);
    assert!(out.tensors.contains_key("layers.0.attn.w.exp_avg"));
    assert!(out.tensors.contains_key("layers.0.attn.w.exp_avg_sq"));
    assert!(!out.tensors.contains_key("layers.0.attn.w.momentum"));
    assert!(out.tensors.contains_key("layers.0.mlp.w.momentum"));
    let want = library_with(
        &input,
        &Settings {
            adamw: vec![r"attn\.w$".into()],
            ..settings(Preset::Keras)
        },
    );
    assert_same(&out.tensors, &want);
}

#[test]
fn dry_run_prints_the_partition_and_writes_nothing() {
    let dir = Scratch::new("dryrun");
    let input = model_file(None, 9);
    let inp = dir.write("in.safetensors", &input);
    let before = std::fs::read(&inp).unwrap();
    let o = muon_xla(&[
        "step",
        "--preset",
        "keras",
        "--input",
        s(&inp),
        "--dry-run",
        "--adamw",
        "mlp",
    ]);
    o.ok();
    let line = |name: &str| -> &str {
        o.stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no line for {name} in:\n{}", o.stdout))
    };
    let expect = [
        ("layers.0.attn.w", "muon", "rank 2"),
        ("layers.0.mlp.w", "adam", "name matches `mlp`"),
        ("layers.0.norm.bias", "adam", "rank 1 < 2"),
        (
            "token_embedding.weight",
            "adam",
            "name contains `embedding`",
        ),
    ];
    for (name, route, why) in expect {
        let l = line(name);
        let words: Vec<&str> = l.split_whitespace().collect();
        assert!(words.contains(&route), "{name}: route {route} in {l:?}");
        assert!(l.contains(why), "{name}: reason {why} in {l:?}");
    }
    assert!(o.stdout.contains("preset keras"), "{}", o.stdout);
    assert!(o.stdout.contains("step 0 -> 1"), "{}", o.stdout);
    assert_eq!(dir.entries(), ["in.safetensors"]);
    assert_eq!(std::fs::read(&inp).unwrap(), before);
}

/// The CLI with `flags` on top of `base` args equals the library with `with` resolved, and differs
/// from the preset's defaults (`plain`).
fn check_flag(
    tag: &str,
    input: &TensorFile,
    base: &[&str],
    flags: &[&str],
    plain: Settings,
    with: Settings,
) {
    let dir = Scratch::new(tag);
    let inp = dir.write("in.safetensors", input);
    let outp = dir.path("out.safetensors");
    let mut args = base.to_vec();
    args.extend_from_slice(flags);
    step(&inp, &outp, &args).ok();
    let got = read(&outp).tensors;
    let want = library_with(input, &with);
    assert_same(&got, &want);
    assert_changes(&got, &library_with(input, &plain), tag);
}

/// A step-3 file with non-zero state, so that momentum and Nesterov matter.
fn stateful(preset: Preset) -> TensorFile {
    let config = settings(preset).resolve().unwrap();
    with_state(model_file(Some(3), 11), &config)
}

#[test]
fn flag_nesterov_false() {
    let plain = settings(Preset::Keras);
    let with = Settings {
        nesterov: Some(false),
        ..plain.clone()
    };
    check_flag(
        "nesterov",
        &stateful(Preset::Keras),
        &KERAS,
        &["--nesterov", "false"],
        plain,
        with,
    );
}

#[test]
fn flag_ns_dtype_f32() {
    // moonlight computes Newton–Schulz in bf16 by default.
    let plain = settings(Preset::Moonlight);
    let with = Settings {
        ns_dtype: Some(DType::F32),
        ..plain.clone()
    };
    check_flag(
        "nsdtype",
        &stateful(Preset::Moonlight),
        &["--preset", "moonlight"],
        &["--ns-dtype", "f32"],
        plain,
        with,
    );
}

#[test]
fn flag_weight_decay() {
    let plain = settings(Preset::Keras);
    let with = Settings {
        weight_decay: Some(0.3),
        ..plain.clone()
    };
    check_flag(
        "wd",
        &stateful(Preset::Keras),
        &KERAS,
        &["--weight-decay", "0.3"],
        plain,
        with,
    );
}

#[test]
fn flag_momentum() {
    let plain = settings(Preset::Keras);
    let with = Settings {
        momentum: Some(0.5),
        ..plain.clone()
    };
    check_flag(
        "momentum",
        &stateful(Preset::Keras),
        &KERAS,
        &["--momentum", "0.5"],
        plain,
        with,
    );
}

#[test]
fn flag_betas() {
    let plain = settings(Preset::Keras);
    let with = Settings {
        betas: Some((0.5, 0.9)),
        ..plain.clone()
    };
    check_flag(
        "betas",
        &stateful(Preset::Keras),
        &KERAS,
        &["--betas", "0.5,0.9"],
        plain,
        with,
    );
}

#[test]
fn flag_adjust_lr_none() {
    let plain = settings(Preset::Keras);
    let with = Settings {
        adjust_lr: Some(AdjustLrName::None),
        ..plain.clone()
    };
    check_flag(
        "adjustlr",
        &stateful(Preset::Keras),
        &KERAS,
        &["--adjust-lr", "none"],
        plain,
        with,
    );
}

#[test]
fn flag_layout_in_out() {
    // torch reads fans as (out, in): the tall 6x3 matrix gets sqrt(2); as (in, out) it gets 1 and
    // the wide 4x6 one sqrt(1.5).
    let plain = Settings {
        ns_dtype: Some(DType::F32),
        ..settings(Preset::Torch)
    };
    let with = Settings {
        layout: Some(Layout::InOut),
        ..plain.clone()
    };
    check_flag(
        "layout",
        &stateful(Preset::Torch),
        &["--preset", "torch", "--ns-dtype", "f32"],
        &["--layout", "in-out"],
        plain,
        with,
    );
}

#[test]
fn state_without_a_step_count_is_refused_where_the_count_matters() {
    // keras: Adam state on the embedding and the bias; the bias correction reads the step count.
    let config = settings(Preset::Keras).resolve().unwrap();
    let input = with_state(model_file(None, 3), &config);
    let dir = Scratch::new("nostep");
    let inp = dir.write("in.safetensors", &input);
    let outp = dir.path("out.safetensors");
    let o = step(&inp, &outp, &KERAS);
    o.refused(&["no metadata `step`", "--step N", "layers.0.norm.bias"]);
    assert!(!outp.exists());
    // `--step 4` says how many steps the state has seen: the same as metadata `step` = 4.
    step(&inp, &outp, &["--preset", "keras", "--step", "4"]).ok();
    let mut with_meta = input.clone();
    with_meta.metadata.insert("step".into(), "4".into());
    assert_same(
        &read(&outp).tensors,
        &library_step(&with_meta, &config, 1e-3),
    );
    assert_eq!(read(&outp).metadata["step"], "5");
    // Without state, absent still means 0.
    step(
        &inp_without_state(&dir),
        &dir.path("fresh.safetensors"),
        &KERAS,
    )
    .ok();
    // Only Muon momentum: torch's momentum does not read the count (accepted), optax's
    // bias-corrected one does (refused).
    let mut muon_only = with_state(
        model_file(None, 3),
        &settings(Preset::Torch).resolve().unwrap(),
    );
    muon_only
        .tensors
        .retain(|n, _| !n.ends_with(".exp_avg") && !n.ends_with(".exp_avg_sq"));
    assert!(muon_only.tensors.keys().any(|n| n.ends_with(".momentum")));
    let inp = dir.write("muon-only.safetensors", &muon_only);
    step(&inp, &dir.path("torch.safetensors"), &["--preset", "torch"]).ok();
    step(
        &inp,
        &dir.path("optax.safetensors"),
        &["--preset", "optax", "--lr", "0.02"],
    )
    .refused(&["no metadata `step`", "bias correction"]);
}

/// The model file without any state.
fn inp_without_state(dir: &Scratch) -> PathBuf {
    dir.write("fresh-in.safetensors", &model_file(None, 3))
}

#[test]
fn gradients_from_their_own_file_make_a_training_loop() {
    // Two steps through one state file, the gradients in their own files (names with and
    // without `.grad`): equal to two steps in memory.
    let dir = Scratch::new("loop");
    let first = model_file(None, 4);
    let mut state = first.clone();
    state.tensors.retain(|n, _| !n.ends_with(".grad"));
    let path = dir.write("state.safetensors", &state);
    let grads_file = |seed: u64, suffix: bool| {
        let g = model_file(None, seed);
        let mut f = TensorFile::default();
        for (n, t) in g.tensors.into_iter().filter(|(n, _)| n.ends_with(".grad")) {
            let name = if suffix {
                n
            } else {
                n.trim_end_matches(".grad").to_string()
            };
            f.tensors.insert(name, t);
        }
        f
    };
    let g1 = dir.write("g1.safetensors", &grads_file(4, false));
    let g2 = dir.write("g2.safetensors", &grads_file(5, true));
    let args = ["--preset", "moonlight", "--ns-dtype", "f32"];
    for g in [&g1, &g2] {
        let mut a = args.to_vec();
        a.extend(["--grads", s(g)]);
        step(&path, &path, &a).ok();
    }
    let out = read(&path);
    assert_eq!(out.metadata["step"], "2");
    assert!(!out.tensors.keys().any(|n| n.ends_with(".grad")));
    let config = Settings {
        ns_dtype: Some(DType::F32),
        ..settings(Preset::Moonlight)
    }
    .resolve()
    .unwrap();
    let specs = specs_of(&first);
    let mut opt = Optimizer::new(xla::client(), specs.clone(), config).unwrap();
    opt.set_params(
        specs
            .iter()
            .map(|s| first.tensors[&s.name].clone())
            .collect(),
    )
    .unwrap();
    for seed in [4, 5] {
        let g = model_file(None, seed);
        let grads: Vec<HostTensor> = specs
            .iter()
            .map(|s| g.tensors[&format!("{}.grad", s.name)].clone())
            .collect();
        opt.step(&grads, opt.config().lr.unwrap()).unwrap();
    }
    assert_same(&out.tensors, &collect(&opt));
    // A gradient in both files is refused.
    let both = dir.write("both.safetensors", &model_file(None, 6));
    step(
        &both,
        &dir.path("x.safetensors"),
        &[&args[..], &["--grads", s(&g1)]].concat(),
    )
    .refused(&["gradients also in --input", "layers.0.attn.w.grad"]);
}

#[test]
fn frozen_tensors_are_copied_through_and_need_no_gradient() {
    let dir = Scratch::new("frozen");
    let mut input = model_file(None, 3);
    // A buffer without a gradient (an int one too), and a frozen layer that has a gradient.
    input.tensors.insert(
        "rotary_emb.inv_freq".into(),
        HostTensor::from_f64(DType::F32, vec![4], &[1.0, 0.5, 0.25, 0.125]).unwrap(),
    );
    input.tensors.insert(
        "position_ids".into(),
        HostTensor::from_f64(DType::I32, vec![3], &[0.0, 1.0, 2.0]).unwrap(),
    );
    let inp = dir.write("in.safetensors", &input);
    let outp = dir.path("out.safetensors");
    // Without --frozen: refused, naming the tensor (the int buffer is not a float parameter).
    step(&inp, &outp, &KERAS).refused(&["position_ids", "not a float"]);
    let mut no_int = input.clone();
    no_int.tensors.remove("position_ids");
    let no_int = dir.write("no-int.safetensors", &no_int);
    step(&no_int, &outp, &KERAS).refused(&["rotary_emb.inv_freq", "missing its gradient"]);
    assert!(!outp.exists());
    let frozen = [
        "--preset",
        "keras",
        "--frozen",
        "inv_freq|position_ids",
        "--frozen",
        "^layers\\.0\\.mlp\\.",
    ];
    let o = muon_xla(&[&["step", "--input", s(&inp), "--dry-run"][..], &frozen[..]].concat());
    o.ok();
    assert!(
        o.stdout.contains(
            "frozen (copied through unchanged): layers.0.mlp.w, position_ids, rotary_emb.inv_freq"
        ),
        "{}",
        o.stdout
    );
    step(&inp, &outp, &frozen).ok();
    let out = read(&outp);
    for name in ["rotary_emb.inv_freq", "position_ids", "layers.0.mlp.w"] {
        assert_eq!(out.tensors[name], input.tensors[name], "{name} changed");
    }
    assert!(!out.tensors.contains_key("layers.0.mlp.w.grad"));
    assert!(!out.tensors.contains_key("layers.0.mlp.w.exp_avg"));
    // The others stepped as without the frozen ones.
    let mut rest = input.clone();
    rest.tensors.retain(|n, _| {
        !n.starts_with("rotary_emb")
            && !n.starts_with("position_ids")
            && !n.starts_with("layers.0.mlp.")
    });
    let config = settings(Preset::Keras).resolve().unwrap();
    let want = library_step(&rest, &config, 1e-3);
    let mut got = out.tensors.clone();
    got.retain(|n, _| want.contains_key(n));
    assert_same(&got, &want);
}

#[test]
fn bf16_parameters_updated_in_place_warn_about_lost_updates() {
    let dir = Scratch::new("bf16warn");
    let mut f = model_file(None, 2);
    for t in f.tensors.values_mut() {
        *t = HostTensor::from_f64(DType::BF16, t.shape().to_vec(), &t.to_f64()).unwrap();
    }
    let inp = dir.write("in.safetensors", &f);
    let o = step(&inp, &dir.path("a.safetensors"), &KERAS);
    o.ok();
    assert!(
        o.stderr.contains("lost updates to rounding"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("--master-weights"), "{}", o.stderr);
    // The counts are real: each reported parameter has that many elements equal to its input.
    let out = read(&dir.path("a.safetensors"));
    let listed = o.stderr.split("this step: ").nth(1).unwrap();
    let listed = listed.split(')').next().unwrap();
    let mut reported = 0;
    for entry in listed.split(", ") {
        let parts: Vec<&str> = entry.split(' ').collect();
        let (name, same, total) = (parts[0], parts[1], parts[3]);
        let real = (out.tensors[name].to_f64().iter())
            .zip(f.tensors[name].to_f64())
            .filter(|(a, b)| **a == *b)
            .count();
        assert_eq!(same.parse::<usize>().unwrap(), real, "{entry}");
        assert_eq!(
            total.parse::<usize>().unwrap(),
            f.tensors[name].ty().num_elements()
        );
        reported += 1;
    }
    assert!(reported >= 1);
    // With f32 master weights nothing is lost, and nothing is said.
    let o = step(
        &inp,
        &dir.path("b.safetensors"),
        &["--preset", "keras", "--master-weights"],
    );
    o.ok();
    assert!(!o.stderr.contains("lost updates"), "{}", o.stderr);
}
