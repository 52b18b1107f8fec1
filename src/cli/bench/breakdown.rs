//! `--breakdown`: each shape group's program timed alone, as the optimizer runs it, and its
//! Newton–Schulz alone, to show where a step's time goes.

use anyhow::bail;
use muon_xla::cache::emit_for_client;
use muon_xla::config::{OptimizerConfig, Route, Storage};
use muon_xla::graph::{Builder, Graph};
use muon_xla::pjrt::{Arg, Buffer, Client, CompileOptions, Executable};
use muon_xla::plan::Plan;
use muon_xla::transforms::orthogonalize;
use muon_xla::types::{DType, TensorType};
use muon_xla::HostTensor;

use super::cases::{random_tensor, Case};
use super::measure::{time_calls, wait_quiet, Timing};
use super::variants::Variant;
use super::BenchCmd;

/// One shape group timed alone, and its Newton–Schulz alone.
pub(super) struct GroupBreakdown {
    pub name: String,
    pub shape: [usize; 2],
    pub members: usize,
    /// The layout the group's program was built for (its plan's, as the optimizer runs it).
    pub storage: Storage,
    pub flops: u64,
    pub group: Timing,
    pub ns_only: Timing,
}

pub(super) fn run_breakdown(
    cmd: &BenchCmd,
    client: &Client,
    case: &Case,
    variant: &Variant,
    options: &CompileOptions,
) -> anyhow::Result<Vec<GroupBreakdown>> {
    let config = &variant.config;
    let plan = Plan::with_storage(case.specs(), config, config.storage)?;
    let mut out = Vec::new();
    for g in &plan.groups {
        if g.route != Route::Muon || g.ty.rank() != 2 {
            continue;
        }
        let (rows, cols) = (g.ty.shape[0], g.ty.shape[1]);
        let k = g.members.len();
        // Emitted as the row's optimizer emits it: with its CPU-GEMM choice (a oneDNN row's
        // products are calls of our handler, not XLA's dot).
        let text = emit_for_client(client, config.cpu_gemm, &[&g.graph])?.remove(0);
        let exe = client.compile(&text, g.graph.signature(), options)?;
        let mut args = GroupArgs::upload(client, &g.graph)?;
        wait_quiet(cmd.quiet_wait, g.graph.name());
        let group = time_calls(cmd.warmup, cmd.repeats, || args.step(&exe))?;

        let ns_exe = ns_only_program(client, [k, rows, cols], config, options)?;
        let x = client.upload(&random_tensor(
            &TensorType::new(DType::F32, [k, rows, cols]),
            7,
            1.0,
        )?)?;
        wait_quiet(cmd.quiet_wait, "Newton–Schulz alone");
        let ns_only = time_calls(cmd.warmup, cmd.repeats, || {
            ns_exe.execute(vec![Arg::Keep(&x)])?;
            Ok(())
        })?;
        out.push(GroupBreakdown {
            name: g.graph.name().to_string(),
            shape: [rows, cols],
            members: k,
            storage: g.storage,
            flops: k as u64 * config.muon.newton_schulz.flops(rows, cols),
            group,
            ns_only,
        });
    }
    Ok(out)
}

/// Arguments of one group program, whatever its storage: donated arguments (parameters and state,
/// per parameter or stacked) are replaced by the results they alias after every call.
struct GroupArgs(Vec<GroupArg>);

enum GroupArg {
    /// Taken out for each call and put back from result `result`.
    Donated {
        buf: Option<Buffer>,
        result: usize,
    },
    Kept(Buffer),
}

impl GroupArgs {
    /// Parameters and gradients random, state zero, `lr` 0.02 and every other scalar 1.
    fn upload(client: &Client, graph: &Graph) -> anyhow::Result<GroupArgs> {
        let mut args = Vec::new();
        for (i, p) in graph.params().iter().enumerate() {
            let is_state = ["momentum", "exp_avg", "ema"]
                .iter()
                .any(|s| p.name.contains(s));
            let host = if p.ty.rank() == 0 {
                let v = if p.name == "lr" { 0.02 } else { 1.0 };
                HostTensor::scalar(p.ty.dtype, v)
            } else if is_state {
                HostTensor::zeros(p.ty.clone())
            } else {
                let scale = if p.alias.is_some() { 0.02 } else { 1.0 };
                random_tensor(&p.ty, 10 + i as u64, scale)?
            };
            let buf = client.upload(&host)?;
            args.push(match p.alias {
                Some(result) => GroupArg::Donated {
                    buf: Some(buf),
                    result,
                },
                None => GroupArg::Kept(buf),
            });
        }
        Ok(GroupArgs(args))
    }

    fn step(&mut self, exe: &Executable) -> anyhow::Result<()> {
        let args = self
            .0
            .iter_mut()
            .map(|a| match a {
                GroupArg::Donated { buf, .. } => match buf.take() {
                    Some(b) => Ok(Arg::Donate(b)),
                    None => bail!("a donated argument was not returned by the last call"),
                },
                GroupArg::Kept(b) => Ok(Arg::Keep(b)),
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let mut outs: Vec<Option<Buffer>> = exe.execute(args)?.into_iter().map(Some).collect();
        for a in &mut self.0 {
            if let GroupArg::Donated { buf, result } = a {
                *buf = outs.get_mut(*result).and_then(Option::take);
            }
        }
        Ok(())
    }
}

/// `orthogonalize` alone on an f32 `[k, rows, cols]` input.
fn ns_only_program(
    client: &Client,
    shape: [usize; 3],
    config: &OptimizerConfig,
    options: &CompileOptions,
) -> anyhow::Result<Executable> {
    let mut b = Builder::new("newton_schulz_only");
    let x = b.parameter("x", TensorType::new(DType::F32, shape));
    let y = orthogonalize(&mut b, x, &config.muon.newton_schulz)?;
    b.output("y", y)?;
    let graph = b.build()?;
    let text = emit_for_client(client, config.cpu_gemm, &[&graph])?.remove(0);
    Ok(client.compile(&text, graph.signature(), options)?)
}
