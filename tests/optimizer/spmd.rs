//! The Muon step partitioned over 2 and 4 CPU devices by XLA's SPMD partitioner, in both layouts,
//! against the single-device `Optimizer` on the same parameters and gradients.

use crate::graphs;

use std::sync::OnceLock;

use graphs::Rng;
use muon_xla::config::{OptimizerConfig, Preset, Route};
use muon_xla::graph::ShardingDialect;
use muon_xla::pjrt::plugin::{locate_or_install, DeviceKind};
use muon_xla::pjrt::{Client, ClientOptions, Plugin};
use muon_xla::plan::spmd::SpmdLayout;
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::spmd::{SpmdMuon, SpmdOptions};
use muon_xla::runtime::Optimizer;
use muon_xla::{DType, Error, HostTensor};

/// One CPU client exposing 4 devices.
fn client4() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let found = locate_or_install(DeviceKind::Cpu, None)
            .unwrap_or_else(|e| panic!("the XLA CPU plugin is required for this test: {e}"));
        let plugin = Plugin::load(&found.path).unwrap_or_else(|e| panic!("{e}"));
        let c = Client::with_options(
            &plugin,
            &ClientOptions {
                cpu_device_count: Some(4),
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.device_count(), 4);
        c
    })
}

/// Groups: k = 4 wide [8, 16] (divides 2 and 4), k = 3 tall [16, 8] (divides neither), k = 1
/// [8, 8]; the names interleave the groups.
fn specs() -> Vec<ParamSpec> {
    vec![
        ParamSpec::new("l0.q", DType::F32, [8, 16]),
        ParamSpec::new("l0.up", DType::F32, [16, 8]),
        ParamSpec::new("l0.k", DType::F32, [8, 16]),
        ParamSpec::new("l1.q", DType::F32, [8, 16]),
        ParamSpec::new("l1.up", DType::F32, [16, 8]),
        ParamSpec::new("l1.k", DType::F32, [8, 16]),
        ParamSpec::new("l2.up", DType::F32, [16, 8]),
        ParamSpec::new("l0.o", DType::F32, [8, 8]),
    ]
}

fn config() -> OptimizerConfig {
    // Moonlight: heavy-ball momentum, RMS-matched lr scale, weight decay 0.1; f32 Newton–Schulz
    // so both sides round the same way up to the order of operations.
    let mut cfg = OptimizerConfig::preset(Preset::Moonlight);
    cfg.muon.newton_schulz.dtype = DType::F32;
    cfg
}

/// Largest |a − b| over every element, relative to the largest |b| of the tensor.
fn rel_diff(a: &HostTensor, b: &HostTensor) -> f64 {
    assert_eq!(a.ty(), b.ty());
    let (a, b) = (a.to_f64(), b.to_f64());
    let scale = b.iter().fold(0.0f64, |m, v| m.max(v.abs())).max(1e-30);
    a.iter()
        .zip(&b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f64::max)
        / scale
}

/// Three steps on `devices` devices in `layout`; returns the worst relative difference from the
/// single-device optimizer over every parameter and momentum buffer.
fn compare(layout: SpmdLayout, devices: usize, dialect: ShardingDialect) -> f64 {
    let cfg = config();
    let specs = specs();
    let mut rng = Rng::new(7);
    let params: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -0.2, 0.2)).collect();
    let mut single = Optimizer::new(client4(), specs.clone(), cfg.clone()).unwrap();
    for (i, s) in specs.iter().enumerate() {
        assert_eq!(single.route(i).0, Route::Muon, "{}", s.name);
    }
    single.set_params(params.clone()).unwrap();
    let named: Vec<(String, HostTensor)> = specs
        .iter()
        .zip(&params)
        .map(|(s, p)| (s.name.clone(), p.clone()))
        .collect();
    let opts = SpmdOptions {
        devices,
        layout,
        dialect,
    };
    let mut spmd = SpmdMuon::new(client4(), &named, &cfg.muon, opts).unwrap();
    assert_eq!(spmd.groups().len(), 3);
    let lr = 0.02;
    for t in 1..=3 {
        let grads: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -1.0, 1.0)).collect();
        single.step(&grads, lr).unwrap();
        spmd.step(&grads, lr, t as f64).unwrap();
    }
    let want = single.params().unwrap();
    let got = spmd.params().unwrap();
    let moms = spmd.momentum().unwrap();
    let mut worst: f64 = 0.0;
    for i in 0..specs.len() {
        assert_eq!(got[i].0, specs[i].name);
        // The step moved the parameter: a comparison of untouched tensors would prove nothing.
        assert!(rel_diff(&want[i], &params[i]) > 1e-3, "{}", specs[i].name);
        worst = worst.max(rel_diff(&got[i].1, &want[i]));
        let m = &single.state(i).unwrap()[0];
        worst = worst.max(rel_diff(&moms[i].1, m));
    }
    worst
}

const TOL: f64 = 2e-5;

#[test]
fn work_split_on_2_and_4_devices_matches_one_device() {
    for d in [2, 4] {
        let w = compare(SpmdLayout::WorkSplit, d, ShardingDialect::Gspmd);
        eprintln!("work split, D = {d}: worst relative difference {w:.2e}");
        assert!(w < TOL, "D = {d}: {w}");
    }
}

#[test]
fn sharded_params_on_2_and_4_devices_matches_one_device() {
    for d in [2, 4] {
        let w = compare(SpmdLayout::ShardedParams, d, ShardingDialect::Gspmd);
        eprintln!("sharded params, D = {d}: worst relative difference {w:.2e}");
        assert!(w < TOL, "D = {d}: {w}");
    }
}

#[test]
fn shardy_dialect_matches_one_device() {
    for layout in [SpmdLayout::WorkSplit, SpmdLayout::ShardedParams] {
        let w = compare(layout, 2, ShardingDialect::Shardy);
        eprintln!(
            "shardy {}, D = 2: worst relative difference {w:.2e}",
            layout.name()
        );
        assert!(w < TOL, "{w}");
    }
}

#[test]
fn bad_device_counts_and_row_splits_are_typed_errors() {
    let cfg = config();
    let p = |shape: [usize; 2]| {
        vec![(
            "w".to_string(),
            HostTensor::zeros(muon_xla::TensorType::new(DType::F32, shape.to_vec())),
        )]
    };
    let opts = |devices, layout| SpmdOptions {
        devices,
        layout,
        dialect: ShardingDialect::Gspmd,
    };
    let err = SpmdMuon::new(
        client4(),
        &p([8, 8]),
        &cfg.muon,
        opts(5, SpmdLayout::WorkSplit),
    )
    .err()
    .unwrap();
    assert!(
        matches!(err, Error::Config(_)) && err.to_string().contains("4 devices"),
        "{err}"
    );
    // 6 rows do not split over 4 devices by rows; the work split takes the same group.
    let err = SpmdMuon::new(
        client4(),
        &p([6, 8]),
        &cfg.muon,
        opts(4, SpmdLayout::ShardedParams),
    )
    .err()
    .unwrap();
    assert!(matches!(err, Error::Shape { .. }), "{err:?}");
    assert!(err.to_string().contains("work-split"), "{err}");
    SpmdMuon::new(
        client4(),
        &p([6, 8]),
        &cfg.muon,
        opts(4, SpmdLayout::WorkSplit),
    )
    .unwrap();
}

/// What the partitioner inserted, read from the optimized program: one all-gather of the whole
/// stacked update per group and nothing else; the work split also divides the Newton–Schulz
/// FLOPs per device by D (XLA's cost analysis is per device).
#[test]
fn each_layout_compiles_to_one_all_gather() {
    let cfg = config();
    let named: Vec<(String, HostTensor)> = (0..3)
        .map(|i| {
            let ty = muon_xla::TensorType::new(DType::F32, vec![32, 64]);
            (format!("w{i}"), HostTensor::zeros(ty))
        })
        .collect();
    let flops = |layout, devices| {
        let opts = SpmdOptions {
            devices,
            layout,
            dialect: ShardingDialect::Gspmd,
        };
        let opt = SpmdMuon::new(client4(), &named, &cfg.muon, opts).unwrap();
        let exe = opt.groups()[0].exe.executable();
        let coll = exe.collectives().unwrap();
        // Work split gathers K (k = 3 padded to a multiple of D) matrices, sharded params k.
        let k = match (layout, devices) {
            (_, 1) => 0,
            (SpmdLayout::WorkSplit, d) => 3usize.div_ceil(d) * d,
            (SpmdLayout::ShardedParams, _) => 3,
        };
        if devices == 1 {
            assert!(coll.is_empty(), "{coll:?}");
        } else {
            assert_eq!(coll.len(), 1, "{layout:?} D = {devices}: {coll:?}");
            assert_eq!(coll[0].opcode, "all-gather");
            assert_eq!(coll[0].result_bytes, (k * 32 * 64 * 4) as u64);
        }
        let cost = exe
            .cost_analysis()
            .unwrap()
            .expect("the CPU plugin has cost analysis");
        cost.iter().find(|(n, _)| n == "flops").unwrap().1
    };
    let one = flops(SpmdLayout::WorkSplit, 1);
    // 3 matrices of 32×64, 5 iterations of 4m²n + 2m³ plus elementwise work.
    assert!(
        one > 3.0 * 5.0 * (4.0 * 32.0 * 32.0 * 64.0 + 2.0 * 32.0f64.powi(3)),
        "{one}"
    );
    let two = flops(SpmdLayout::WorkSplit, 2);
    let four = flops(SpmdLayout::WorkSplit, 4);
    // D = 2: 2 of the padded 4 matrices per device; D = 4: 1.
    assert!((two / one - 2.0 / 3.0).abs() < 0.05, "{two} / {one}");
    assert!((four / one - 1.0 / 3.0).abs() < 0.05, "{four} / {one}");
    let sharded = flops(SpmdLayout::ShardedParams, 2);
    // Every device orthogonalizes every gathered matrix.
    assert!((sharded / one - 1.0).abs() < 0.05, "{sharded} / {one}");
    flops(SpmdLayout::ShardedParams, 4);
}

#[test]
fn cli_spmd_reports_the_gather_and_matches_one_device() {
    let dir = std::env::temp_dir().join(format!("muon-xla-spmd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let model = dir.join("tiny.json");
    std::fs::write(
        &model,
        r#"{"name": "tiny", "layout": "out-in", "params": [
            {"name": "a.weight", "shape": [8, 16], "dtype": "f32"},
            {"name": "b.weight", "shape": [8, 16], "dtype": "f32"},
            {"name": "c.weight", "shape": [8, 16], "dtype": "f32"},
            {"name": "a.bias", "shape": [8], "dtype": "f32"}]}"#,
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_muon-xla"))
            .args([
                "spmd",
                "--model",
                model.to_str().unwrap(),
                "--preset",
                "moonlight",
            ])
            .args(extra)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, stdout, stderr) = run(&["--devices", "2"]);
    assert!(ok, "{stdout}\n{stderr}");
    // k = 3 over 2 devices: padded to 4 matrices of 8×16 f32 gathered.
    assert!(stdout.contains("all-gather 2048 B"), "{stdout}");
    assert!(
        stdout.contains("not partitioned (single-device step): a.bias"),
        "{stdout}"
    );
    assert!(stdout.contains("largest relative difference"), "{stdout}");
    let (ok, stdout, _) = run(&["--devices", "4", "--layout", "sharded-params"]);
    assert!(ok, "{stdout}");
    assert!(stdout.contains("all-gather 1536 B"), "{stdout}");
    let (ok, _, stderr) = run(&["--devices", "3", "--layout", "sharded-params"]);
    assert!(!ok);
    assert!(stderr.contains("multiple of the 3 devices"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

/// The emitted module carries the partition count and each argument's and result's sharding, in
/// either dialect; the single-device emitter refuses a graph with a sharding constraint.
#[test]
fn emitted_modules_carry_the_shardings() {
    use muon_xla::emit::{emit, emit_partitioned};
    use muon_xla::plan::spmd::spmd_muon_graph;
    let cfg = config();
    let names: Vec<String> = (0..3).map(|i| format!("w{i}")).collect();
    let ty = muon_xla::TensorType::new(DType::F32, vec![8, 16]);
    let g = spmd_muon_graph(
        &names,
        &ty,
        &cfg.muon,
        SpmdLayout::WorkSplit,
        2,
        ShardingDialect::Gspmd,
    )
    .unwrap();
    assert_eq!(g.stacked, 4);
    let text = emit_partitioned(&g.graph, &g.partitioning).unwrap();
    assert!(text.contains("mhlo.num_partitions = 2 : i32"), "{text}");
    // Parameters replicated and donated; stacked gradients and momentum split on axis 0.
    assert!(text.contains(
        "%arg0: tensor<8x16xf32> {mhlo.sharding = \"{replicated}\", tf.aliasing_output = 0 : i32}"
    ));
    assert!(text.contains("%arg3: tensor<4x8x16xf32> {mhlo.sharding = \"{devices=[2,1,1]0,1}\"}"));
    assert!(text.contains("%arg4: tensor<4x8x16xf32> {mhlo.sharding = \"{devices=[2,1,1]0,1}\", tf.aliasing_output = 3 : i32}"));
    assert!(text.contains("stablehlo.custom_call @Sharding("), "{text}");
    assert!(text.contains(
        "tensor<4x8x16xf32> {jax.result_info = \"momentum\", mhlo.sharding = \"{devices=[2,1,1]0,1}\"}"
    ));
    let mut part = g.partitioning.clone();
    part.dialect = ShardingDialect::Shardy;
    part.devices = 4;
    let text = emit_partitioned(&g.graph, &part).unwrap();
    assert!(text.contains("sdy.mesh @mesh = <[\"d\"=4]>"), "{text}");
    assert!(text.contains("sdy.sharding = #sdy.sharding<@mesh, [{\"d\"}, {}, {}]>"));
    assert!(text.contains("sdy.sharding_constraint"));
    let err = emit(&g.graph).unwrap_err();
    assert!(err.to_string().contains("emit_partitioned"), "{err}");
    // 4 stacked matrices do not split over 3 devices.
    part.devices = 3;
    assert!(matches!(
        emit_partitioned(&g.graph, &part),
        Err(Error::Shape { .. })
    ));
}

/// The SPMD programs compile through the cache they are given.
#[test]
fn spmd_programs_compile_through_the_given_cache() {
    use muon_xla::cache::ExecutableCache;
    let cache = ExecutableCache::in_memory();
    let mut cfg = OptimizerConfig::preset(Preset::KellerJordan);
    cfg.muon.newton_schulz.dtype = DType::F32;
    let mut rng = Rng::new(8);
    let named: Vec<(String, HostTensor)> = [("a", [8, 4]), ("b", [8, 4]), ("c", [4, 8])]
        .into_iter()
        .map(|(n, s)| {
            let ty = muon_xla::TensorType::new(DType::F32, s.to_vec());
            (n.to_string(), rng.tensor(&ty, -0.5, 0.5))
        })
        .collect();
    let opts = SpmdOptions {
        devices: 2,
        layout: SpmdLayout::ShardedParams,
        dialect: ShardingDialect::Gspmd,
    };
    let spmd = SpmdMuon::with_cache(client4(), &named, &cfg.muon, opts, &cache).unwrap();
    assert_eq!(spmd.groups().len(), 2);
    assert_eq!(cache.stats().compiles, 2);
    SpmdMuon::with_cache(client4(), &named, &cfg.muon, opts, &cache).unwrap();
    assert_eq!(
        cache.stats().compiles,
        2,
        "the second build compiles nothing"
    );
    assert_eq!(cache.stats().memory_hits, 2);
}
