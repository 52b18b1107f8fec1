//! Stacked storage (`Storage::Stacked`, the presets' default) against per-parameter storage: the
//! same results bit for bit through every preset, master weights, state set from the host, rows
//! taken out and parameters replaced; which groups stack; and the point of it all, a compiled
//! group whose kernel count does not grow with its members.

use crate::aot_common;
use crate::graphs;
use crate::xla;

use graphs::Rng;
use muon_xla::aot::read_manifest;
use muon_xla::cache::ExecutableCache;
use muon_xla::config::{Multipliers, OptimizerConfig, Preset, Storage};
use muon_xla::emit::emit;
use muon_xla::pjrt::CompileOptions;
use muon_xla::plan::{ParamSpec, Plan};
use muon_xla::runtime::{Held, Optimizer};
use muon_xla::{DType, HostTensor};

/// Three same-shape matrices, two tall ones, three gains, a lone head, and two biases too small
/// to stack (20 bytes: their rows would not be 64-byte aligned).
fn specs(dtype: DType) -> Vec<ParamSpec> {
    let mut s = Vec::new();
    for l in 0..3 {
        s.push(ParamSpec::new(format!("l{l}.attn.q"), dtype, [64, 32]));
        s.push(ParamSpec::new(format!("l{l}.norm"), dtype, [32]));
    }
    for l in 0..2 {
        s.push(ParamSpec::new(format!("l{l}.mlp.up"), dtype, [96, 32]));
        s.push(ParamSpec::new(format!("l{l}.odd"), dtype, [5]));
    }
    s.push(ParamSpec::new("head", dtype, [10, 32]));
    s
}

fn config(preset: Preset, storage: Storage) -> OptimizerConfig {
    let mut c = OptimizerConfig::preset(preset);
    c.storage = storage;
    c
}

fn build(specs: &[ParamSpec], config: OptimizerConfig) -> Optimizer {
    let cache = ExecutableCache::in_memory();
    Optimizer::with_cache(xla::client(), specs.to_vec(), config, &cache).unwrap()
}

/// Every parameter, state tensor and master, by name.
fn snapshot(opt: &Optimizer) -> Vec<(String, HostTensor)> {
    let mut out = Vec::new();
    for (i, p) in opt.params().unwrap().into_iter().enumerate() {
        let name = opt.spec(i).name.clone();
        for (kind, t) in opt.state_names(i).iter().zip(opt.state(i).unwrap()) {
            out.push((format!("{name}.{kind}"), t));
        }
        if opt.has_master(i) {
            out.push((format!("{name}.master"), opt.master(i).unwrap()));
        }
        out.push((name, p));
    }
    out
}

fn assert_same(a: &[(String, HostTensor)], b: &[(String, HostTensor)], what: &str) {
    assert_eq!(a.len(), b.len(), "{what}");
    for ((na, ta), (nb, tb)) in a.iter().zip(b) {
        assert_eq!(na, nb, "{what}");
        assert_eq!(ta.ty(), tb.ty(), "{what}: {na}");
        assert!(ta.bytes() == tb.bytes(), "{what}: `{na}` differs");
    }
}

/// Sets deterministic parameters and runs `steps` steps with deterministic gradients.
fn run(opt: &mut Optimizer, seed: u64, steps: usize) {
    let mut rng = Rng::new(seed);
    let params = (0..opt.len())
        .map(|i| rng.tensor(&opt.spec(i).ty, -0.1, 0.1))
        .collect();
    opt.set_params(params).unwrap();
    steps_only(opt, &mut rng, steps);
}

fn steps_only(opt: &mut Optimizer, rng: &mut Rng, steps: usize) {
    let lr = opt.config().lr.unwrap_or(0.02);
    for _ in 0..steps {
        let grads: Vec<HostTensor> = (0..opt.len())
            .map(|i| rng.tensor(&opt.spec(i).ty, -1.0, 1.0))
            .collect();
        let report = opt.step(&grads, lr).unwrap();
        assert!(report.applied);
    }
}

fn stacked_groups(opt_specs: &[ParamSpec], c: &OptimizerConfig) -> Vec<(String, Storage)> {
    let plan = Plan::with_storage(opt_specs.to_vec(), c, c.storage).unwrap();
    plan.groups
        .iter()
        .map(|g| (g.graph.name().to_string(), g.storage))
        .collect()
}

#[test]
fn stacked_matches_per_param_bit_for_bit_in_every_preset() {
    for preset in Preset::ALL {
        let s = specs(DType::F32);
        let mut per = build(&s, config(preset, Storage::PerParam));
        let mut stacked = build(&s, config(preset, Storage::Stacked));
        run(&mut per, 11, 3);
        run(&mut stacked, 11, 3);
        assert_same(&snapshot(&per), &snapshot(&stacked), &format!("{preset}"));
    }
}

#[test]
fn groups_stack_where_they_can() {
    let c = config(Preset::KellerJordan, Storage::Stacked);
    let groups = stacked_groups(&specs(DType::F32), &c);
    let storage = |prefix: &str| {
        groups
            .iter()
            .find(|(n, _)| n.starts_with(prefix))
            .unwrap_or_else(|| panic!("no group {prefix} in {groups:?}"))
            .1
    };
    assert_eq!(storage("muon_64x32_f32_x3"), Storage::Stacked);
    assert_eq!(storage("muon_96x32_f32_x2"), Storage::Stacked);
    assert_eq!(storage("adam_32_f32_x3"), Storage::Stacked);
    // One member: nothing to stack. 20-byte rows: not aligned for views.
    assert_eq!(storage("muon_10x32_f32_x1"), Storage::PerParam);
    assert_eq!(storage("adam_5_f32_x2"), Storage::PerParam);
    // Per-parameter inputs (multipliers) keep every group per parameter.
    let mut with_mult = c.clone();
    with_mult.extras.multipliers = Some(Multipliers::default());
    let groups = stacked_groups(&specs(DType::F32), &with_mult);
    assert!(
        groups.iter().all(|g| g.1 == Storage::PerParam),
        "{groups:?}"
    );
    // So does the EMA (swapping it with the weights exchanges per-parameter buffers).
    let mut with_ema = c.clone();
    with_ema.extras.ema_momentum = Some(0.99);
    let groups = stacked_groups(&specs(DType::F32), &with_ema);
    assert!(
        groups.iter().all(|g| g.1 == Storage::PerParam),
        "{groups:?}"
    );
}

#[test]
fn bf16_master_weights_stack_bit_for_bit() {
    let s = specs(DType::BF16);
    let with = |storage| {
        let mut c = config(Preset::KellerJordan, storage);
        c.extras.master_weights = true;
        c
    };
    let mut per = build(&s, with(Storage::PerParam));
    let mut stacked = build(&s, with(Storage::Stacked));
    run(&mut per, 5, 2);
    run(&mut stacked, 5, 2);
    assert!(stacked.has_master(0));
    assert_same(&snapshot(&per), &snapshot(&stacked), "bf16 + masters");
    // Masters set from the host: staged in the stacked optimizer, uploaded on the next step.
    for opt in [&mut per, &mut stacked] {
        let m = opt.master(0).unwrap();
        let halved: Vec<f64> = m.to_f64().iter().map(|v| v / 2.0).collect();
        let halved = HostTensor::from_f64(DType::F32, m.shape().to_vec(), &halved).unwrap();
        opt.set_master(0, &halved).unwrap();
        assert!(opt.master(0).unwrap().bytes() == halved.bytes());
        steps_only(opt, &mut Rng::new(9), 1);
    }
    assert_same(&snapshot(&per), &snapshot(&stacked), "after set_master");
}

#[test]
fn state_set_from_the_host_is_staged_and_used() {
    let s = specs(DType::F32);
    let mut per = build(&s, config(Preset::Moonlight, Storage::PerParam));
    let mut stacked = build(&s, config(Preset::Moonlight, Storage::Stacked));
    for opt in [&mut per, &mut stacked] {
        run(opt, 3, 2);
        // Some members of a stacked group, not all: the rest keep their device state.
        for i in [0, 2, 1] {
            for (k, t) in opt.state(i).unwrap().into_iter().enumerate() {
                let kind = opt.state_names(i)[k];
                let v: Vec<f64> = t.to_f64().iter().map(|x| x * -0.5 + 0.25).collect();
                let v = HostTensor::from_f64(t.dtype(), t.shape().to_vec(), &v).unwrap();
                opt.set_state(i, kind, &v).unwrap();
                assert!(
                    opt.state(i).unwrap()[k].bytes() == v.bytes(),
                    "read back staged"
                );
            }
        }
        steps_only(opt, &mut Rng::new(4), 2);
    }
    assert_same(&snapshot(&per), &snapshot(&stacked), "after set_state");
    // A wrong type is refused before anything is staged.
    let bad = HostTensor::zeros(muon_xla::types::TensorType::new(DType::F32, vec![32, 64]));
    let err = stacked
        .set_state(0, "momentum", &bad)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("l0.attn.q") && err.contains("f32[64, 32]"),
        "{err}"
    );
}

/// `set_params_then_state` on stacked groups: a kind every member of which the caller sets is
/// built from those values alone (never zeroed first), one only some members set is zeroed and
/// patched, and both step as `set_params` + `set_state` do, bit for bit; a kind promised and
/// never set is an error, not zeros.
#[test]
fn state_promised_by_the_caller_is_built_from_it_alone() {
    let s = specs(DType::F32);
    let c = config(Preset::Moonlight, Storage::Stacked);
    let mut rng = Rng::new(9);
    let params: Vec<HostTensor> = s.iter().map(|p| rng.tensor(&p.ty, -1.0, 1.0)).collect();
    let reference = build(&s, c.clone());
    let momentum = |i: usize| {
        let ty = reference.state_type_at(i, 0);
        let v: Vec<f64> = (0..ty.num_elements())
            .map(|k| ((k + 7 * i) as f64 * 0.37).sin())
            .collect();
        HostTensor::from_f64(ty.dtype, ty.shape.clone(), &v).unwrap()
    };
    // Every member of the q group (0, 2, 4) given; of the up group (6, 8) only 6.
    let given = [0usize, 2, 4, 6];
    let mut plain = build(&s, c.clone());
    plain.set_params(params.clone()).unwrap();
    let mut promised = build(&s, c.clone());
    promised
        .set_params_then_state(params.clone(), |i, held| {
            held == Held::State(0) && given.contains(&i)
        })
        .unwrap();
    for opt in [&mut plain, &mut promised] {
        for &i in &given {
            let kind = opt.state_names(i)[0];
            opt.set_state(i, kind, &momentum(i)).unwrap();
        }
        steps_only(opt, &mut Rng::new(11), 2);
    }
    assert_same(&snapshot(&plain), &snapshot(&promised), "promised state");
    // Promised for the whole q group and never set: the step refuses.
    let mut unset = build(&s, c);
    unset
        .set_params_then_state(params, |i, held| {
            held == Held::State(0) && [0, 2, 4].contains(&i)
        })
        .unwrap();
    let grads: Vec<HostTensor> = (s.iter())
        .map(|p| HostTensor::zeros(p.ty.clone()))
        .collect();
    let err = unset.step(&grads, 0.01).unwrap_err().to_string();
    assert!(err.contains("set_params"), "{err}");
}

#[test]
fn rows_taken_out_are_the_state_and_free_the_stack() {
    let s = specs(DType::F32);
    let mut opt = build(&s, config(Preset::KellerJordan, Storage::Stacked));
    run(&mut opt, 8, 2);
    let members = [0, 2, 4]; // l0..l2.attn.q: one stacked group
    let want: Vec<HostTensor> = members
        .iter()
        .map(|&i| opt.state(i).unwrap().remove(0))
        .collect();
    let params = opt.params().unwrap();
    for (&i, w) in members.iter().zip(&want) {
        let row = opt.take_buffer(i, Held::State(0)).unwrap().expect("a row");
        assert!(row.to_host().unwrap().bytes() == w.bytes());
        assert!(
            opt.take_buffer(i, Held::State(0)).unwrap().is_none(),
            "taken once"
        );
        // Parameters are rows of the last step's stacked result.
        assert!(opt.param_buffers().unwrap()[i].to_host().unwrap().bytes() == params[i].bytes());
    }
    let grads: Vec<HostTensor> = s.iter().map(|p| HostTensor::zeros(p.ty.clone())).collect();
    let err = opt.step(&grads, 0.02).unwrap_err().to_string();
    assert!(err.contains("set_params"), "{err}");
    // One member's state set again does not make up the others' (no zeros filled in).
    opt.set_state(0, "momentum", &want[0]).unwrap();
    assert!(opt.state(0).unwrap()[0].bytes() == want[0].bytes());
    let err = opt.step(&grads, 0.02).unwrap_err().to_string();
    assert!(err.contains("set_params"), "{err}");
    // Parameters come out as rows too, once each.
    for &i in &members {
        let row = opt.take_buffer(i, Held::Value).unwrap().expect("a row");
        assert!(row.to_host().unwrap().bytes() == params[i].bytes());
        assert!(
            opt.take_buffer(i, Held::Value).unwrap().is_none(),
            "taken once"
        );
    }
    run(&mut opt, 8, 1);
}

#[test]
fn replaced_parameters_are_read_by_the_stacked_step() {
    let s = specs(DType::F32);
    let mut per = build(&s, config(Preset::Optax, Storage::PerParam));
    let mut stacked = build(&s, config(Preset::Optax, Storage::Stacked));
    for opt in [&mut per, &mut stacked] {
        run(opt, 21, 1);
        let mut rng = Rng::new(77);
        for i in [2, 3, 6] {
            let v = rng.tensor(&opt.spec(i).ty, -0.3, 0.3);
            let b = xla::client().upload(&v).unwrap();
            assert!(opt.replace_param(i, b).unwrap().is_some());
        }
        steps_only(opt, &mut rng, 2);
    }
    assert_same(&snapshot(&per), &snapshot(&stacked), "after replace_param");
}

/// The compiled group's kernels for `n` members of one matrix shape.
fn kernels(n: usize, storage: Storage) -> usize {
    let specs: Vec<ParamSpec> = (0..n)
        .map(|i| ParamSpec::new(format!("w{i}"), DType::F32, [64, 128]))
        .collect();
    let c = config(Preset::KellerJordan, storage);
    let plan = Plan::with_storage(specs, &c, storage).unwrap();
    assert_eq!(plan.groups.len(), 1);
    let g = &plan.groups[0].graph;
    let exe = xla::client()
        .compile(&emit(g).unwrap(), g.signature(), &CompileOptions::default())
        .unwrap();
    exe.hlo_op_counts().unwrap().kernels()
}

#[test]
fn stacked_kernels_do_not_grow_with_members() {
    let (s2, s8) = (kernels(2, Storage::Stacked), kernels(8, Storage::Stacked));
    let (p2, p8) = (kernels(2, Storage::PerParam), kernels(8, Storage::PerParam));
    assert_eq!(s2, s8, "stacked: 2 members {s2} kernels, 8 members {s8}");
    assert!(
        p8 >= p2 + 2 * 6,
        "per parameter: 2 members {p2}, 8 members {p8}"
    );
    assert!(s8 < p8, "8 members: stacked {s8}, per parameter {p8}");
}

#[test]
fn compile_storage_stacked_loads_and_matches_jit() {
    let root = aot_common::scratch("stacked");
    let model = aot_common::tiny_model(&root);
    let dir = root.join("compiled");
    aot_common::cli(
        &[
            "compile",
            "--model",
            model.to_str().unwrap(),
            "--preset",
            "keller-jordan",
            "--storage",
            "stacked",
            "--out",
            dir.to_str().unwrap(),
        ],
        &[("MUON_XLA_EXECUTABLE_CACHE", "off")],
    );
    let manifest = read_manifest(&dir).unwrap();
    assert_eq!(manifest.config.storage, Storage::Stacked);
    assert!(
        manifest
            .groups
            .iter()
            .any(|g| g.arguments.iter().any(|a| a.name == "stack.momentum")),
        "a stacked group in the manifest"
    );
    let cache = ExecutableCache::in_memory();
    let mut loaded = Optimizer::load_compiled_with_cache(xla::client(), &dir, &cache).unwrap();
    assert_eq!(cache.stats().compiles, 0, "{:?}", cache.stats());
    let specs = manifest.model.specs().unwrap();
    let mut jit = build(&specs, manifest.config.clone());
    run(&mut loaded, 2, 2);
    run(&mut jit, 2, 2);
    assert_same(
        &snapshot(&loaded),
        &snapshot(&jit),
        "compiled --storage stacked",
    );
    let out = std::process::Command::new(aot_common::bin())
        .args(["compile", "--model", model.to_str().unwrap(), "--out"])
        .arg(root.join("x"))
        .args(["--storage", "rows"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = aot_common::stderr(&out);
    assert!(
        err.contains("per-param") && err.contains("stacked"),
        "{err}"
    );
}
