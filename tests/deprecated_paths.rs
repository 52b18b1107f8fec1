//! The public paths of the layout before ARCHITECTURE.md keep compiling for one release, as
//! deprecated modules naming the same items (users' code and older examples do not break
//! overnight; the compiler tells them where each item lives now).
#![allow(deprecated)]

use std::any::TypeId;

fn same<A: 'static, B: 'static>() -> bool {
    TypeId::of::<A>() == TypeId::of::<B>()
}

#[test]
fn the_old_paths_name_the_same_items() {
    use muon_xla as m;
    assert!(same::<m::optim::OptimizerConfig, m::config::OptimizerConfig>());
    assert!(same::<m::optim::Preset, m::config::Preset>());
    assert!(same::<m::optim::Settings, m::config::Settings>());
    assert!(same::<m::optim::Route, m::config::Route>());
    assert!(same::<m::optim::StepExtras, m::config::StepExtras>());
    assert!(same::<m::optim::LossScale, m::config::LossScale>());
    assert!(same::<m::optim::Storage, m::config::Storage>());
    assert!(same::<m::optim::storage::Storage, m::config::Storage>());
    assert!(same::<m::optim::MuonConfig, m::transforms::MuonConfig>());
    assert!(same::<m::optim::NewtonSchulz, m::transforms::NewtonSchulz>());
    assert!(same::<m::optim::AdamConfig, m::transforms::AdamConfig>());
    assert!(same::<
        m::optim::clip::GradClip,
        m::transforms::clip::GradClip,
    >());
    assert!(same::<
        m::optim::qk_clip::QkClipConfig,
        m::transforms::qk_clip::QkClipConfig,
    >());
    assert!(same::<
        m::optim::settings::AdjustLrName,
        m::config::settings::AdjustLrName,
    >());
    assert!(same::<m::optim::spmd::SpmdLayout, m::plan::spmd::SpmdLayout>());
    assert!(same::<m::optimizer::Optimizer, m::runtime::Optimizer>());
    assert!(same::<m::optimizer::Optimizer, m::Optimizer>());
    assert!(same::<m::optimizer::ParamSpec, m::plan::ParamSpec>());
    assert!(same::<m::optimizer::Plan, m::plan::Plan>());
    assert!(same::<m::optimizer::StepInputs, m::runtime::StepInputs>());
    assert!(same::<
        m::optimizer::spmd::SpmdMuon,
        m::runtime::spmd::SpmdMuon,
    >());
    assert!(same::<m::tensor_file::TensorFile, m::io::TensorFile>());
    assert!(same::<
        m::tensor_stream::TensorStreamWriter,
        m::io::TensorStreamWriter,
    >());
    assert!(same::<m::sharded::ShardIndex, m::io::shards::ShardIndex>());
    assert!(same::<m::tensor::HostTensor, m::types::HostTensor>());
    assert!(same::<m::error::Error, m::types::Error>());
    assert!(same::<
        m::model::ModelDescription,
        m::plan::model::ModelDescription,
    >());
    assert!(same::<m::step_file::StepInput, m::jobs::step_file::StepInput>());
    // Functions keep their paths too.
    let _ = m::optim::orthogonalize;
    let _ = m::sharded_step::step_sharded;
    let _ = m::spmd_step::run_partitioned;
    let _ = m::memory::release_free_memory;
    assert_eq!(
        m::tensor::round_to(m::DType::BF16, 1.0 + 1.0 / 256.0 + 1e-9),
        1.0 + 1.0 / 128.0
    );
}
