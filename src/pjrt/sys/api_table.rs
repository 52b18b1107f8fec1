//! The `PJRT_Api` function table: the prefix of entry points we read, and its layout entries.

use std::mem::offset_of;

use super::*;

/// An entry point returning `PJRT_Error*`.
pub type PjrtFn<A> = Option<unsafe extern "C" fn(*mut A) -> *mut PJRT_Error>;
/// An entry point returning nothing.
pub type PjrtVoidFn<A> = Option<unsafe extern "C" fn(*mut A)>;
/// An entry point we do not call (only its slot matters).
pub type Unused = Option<unsafe extern "C" fn()>;

/// Declares the `PJRT_Api` prefix we read and its layout entries.
macro_rules! api_table {
    ($($field:ident : $ty:ty,)*) => {
        /// The leading part of `PJRT_Api`, up to the last entry we call. The plugin's table may be
        /// shorter (older plugins) or longer (newer ones): it is only copied up to its
        /// `struct_size` (see `api::Plugin`), never read through this type directly.
        #[repr(C)]
        pub struct PJRT_Api {
            pub struct_size: usize,
            pub extension_start: *mut PJRT_Extension_Base,
            pub pjrt_api_version: PJRT_Api_Version,
            $(pub $field: $ty,)*
        }

        pub(super) fn api_layout(out: &mut Vec<(String, usize)>) {
            out.push(("PJRT_Api.pjrt_api_version".to_string(), offset_of!(PJRT_Api, pjrt_api_version)));
            $(out.push((format!("PJRT_Api.{}", stringify!($field)), offset_of!(PJRT_Api, $field)));)*
        }
    };
}

api_table! {
    PJRT_Error_Destroy: PjrtVoidFn<PJRT_Error_Destroy_Args>,
    PJRT_Error_Message: PjrtVoidFn<PJRT_Error_Message_Args>,
    PJRT_Error_GetCode: PjrtFn<PJRT_Error_GetCode_Args>,
    PJRT_Plugin_Initialize: PjrtFn<PJRT_Plugin_Initialize_Args>,
    PJRT_Plugin_Attributes: PjrtFn<PJRT_Plugin_Attributes_Args>,
    PJRT_Event_Destroy: PjrtFn<PJRT_Event_Destroy_Args>,
    PJRT_Event_IsReady: Unused,
    PJRT_Event_Error: Unused,
    PJRT_Event_Await: PjrtFn<PJRT_Event_Await_Args>,
    PJRT_Event_OnReady: Unused,
    PJRT_Client_Create: PjrtFn<PJRT_Client_Create_Args>,
    PJRT_Client_Destroy: PjrtFn<PJRT_Client_Destroy_Args>,
    PJRT_Client_PlatformName: PjrtFn<PJRT_Client_PlatformName_Args>,
    PJRT_Client_ProcessIndex: Unused,
    PJRT_Client_PlatformVersion: PjrtFn<PJRT_Client_PlatformVersion_Args>,
    PJRT_Client_Devices: Unused,
    PJRT_Client_AddressableDevices: PjrtFn<PJRT_Client_AddressableDevices_Args>,
    PJRT_Client_LookupDevice: Unused,
    PJRT_Client_LookupAddressableDevice: Unused,
    PJRT_Client_AddressableMemories: Unused,
    PJRT_Client_Compile: PjrtFn<PJRT_Client_Compile_Args>,
    PJRT_Client_DefaultDeviceAssignment: Unused,
    PJRT_Client_BufferFromHostBuffer: PjrtFn<PJRT_Client_BufferFromHostBuffer_Args>,
    PJRT_DeviceDescription_Id: Unused,
    PJRT_DeviceDescription_ProcessIndex: Unused,
    PJRT_DeviceDescription_Attributes: Unused,
    PJRT_DeviceDescription_Kind: Unused,
    PJRT_DeviceDescription_DebugString: PjrtFn<PJRT_DeviceDescription_DebugString_Args>,
    PJRT_DeviceDescription_ToString: Unused,
    PJRT_Device_GetDescription: PjrtFn<PJRT_Device_GetDescription_Args>,
    PJRT_Device_IsAddressable: Unused,
    PJRT_Device_LocalHardwareId: Unused,
    PJRT_Device_AddressableMemories: Unused,
    PJRT_Device_DefaultMemory: Unused,
    PJRT_Device_MemoryStats: Unused,
    PJRT_Memory_Id: Unused,
    PJRT_Memory_Kind: Unused,
    PJRT_Memory_DebugString: Unused,
    PJRT_Memory_ToString: Unused,
    PJRT_Memory_AddressableByDevices: Unused,
    PJRT_Executable_Destroy: PjrtFn<PJRT_Executable_Destroy_Args>,
    PJRT_Executable_Name: Unused,
    PJRT_Executable_NumReplicas: Unused,
    PJRT_Executable_NumPartitions: Unused,
    PJRT_Executable_NumOutputs: PjrtFn<PJRT_Executable_NumOutputs_Args>,
    PJRT_Executable_SizeOfGeneratedCodeInBytes: Unused,
    PJRT_Executable_GetCostAnalysis: PjrtFn<PJRT_Executable_GetCostAnalysis_Args>,
    PJRT_Executable_OutputMemoryKinds: Unused,
    PJRT_Executable_OptimizedProgram: PjrtFn<PJRT_Executable_OptimizedProgram_Args>,
    PJRT_Executable_Serialize: PjrtFn<PJRT_Executable_Serialize_Args>,
    PJRT_LoadedExecutable_Destroy: PjrtFn<PJRT_LoadedExecutable_Destroy_Args>,
    PJRT_LoadedExecutable_GetExecutable: PjrtFn<PJRT_LoadedExecutable_GetExecutable_Args>,
    PJRT_LoadedExecutable_AddressableDevices: Unused,
    PJRT_LoadedExecutable_Delete: Unused,
    PJRT_LoadedExecutable_IsDeleted: Unused,
    PJRT_LoadedExecutable_Execute: PjrtFn<PJRT_LoadedExecutable_Execute_Args>,
    PJRT_Executable_DeserializeAndLoad: PjrtFn<PJRT_Executable_DeserializeAndLoad_Args>,
    PJRT_LoadedExecutable_Fingerprint: Unused,
    PJRT_Buffer_Destroy: PjrtFn<PJRT_Buffer_Destroy_Args>,
    PJRT_Buffer_ElementType: PjrtFn<PJRT_Buffer_ElementType_Args>,
    PJRT_Buffer_Dimensions: PjrtFn<PJRT_Buffer_Dimensions_Args>,
    PJRT_Buffer_UnpaddedDimensions: Unused,
    PJRT_Buffer_DynamicDimensionIndices: Unused,
    PJRT_Buffer_GetMemoryLayout: PjrtFn<PJRT_Buffer_GetMemoryLayout_Args>,
    PJRT_Buffer_OnDeviceSizeInBytes: PjrtFn<PJRT_Buffer_OnDeviceSizeInBytes_Args>,
    PJRT_Buffer_Device: PjrtFn<PJRT_Buffer_Device_Args>,
    PJRT_Buffer_Memory: Unused,
    PJRT_Buffer_Delete: Unused,
    PJRT_Buffer_IsDeleted: Unused,
    PJRT_Buffer_CopyToDevice: Unused,
    PJRT_Buffer_ToHostBuffer: PjrtFn<PJRT_Buffer_ToHostBuffer_Args>,
    PJRT_Buffer_IsOnCpu: PjrtFn<PJRT_Buffer_IsOnCpu_Args>,
    PJRT_Buffer_ReadyEvent: PjrtFn<PJRT_Buffer_ReadyEvent_Args>,
    PJRT_Buffer_UnsafePointer: PjrtFn<PJRT_Buffer_UnsafePointer_Args>,
    PJRT_Buffer_IncreaseExternalReferenceCount: Unused,
    PJRT_Buffer_DecreaseExternalReferenceCount: Unused,
    PJRT_Buffer_OpaqueDeviceMemoryDataPointer: Unused,
    PJRT_CopyToDeviceStream_Destroy: Unused,
    PJRT_CopyToDeviceStream_AddChunk: Unused,
    PJRT_CopyToDeviceStream_TotalBytes: Unused,
    PJRT_CopyToDeviceStream_GranuleSize: Unused,
    PJRT_CopyToDeviceStream_CurrentBytes: Unused,
    PJRT_TopologyDescription_Create: PjrtFn<PJRT_TopologyDescription_Create_Args>,
    PJRT_TopologyDescription_Destroy: PjrtFn<PJRT_TopologyDescription_Destroy_Args>,
    PJRT_TopologyDescription_PlatformName: Unused,
    PJRT_TopologyDescription_PlatformVersion: Unused,
    PJRT_TopologyDescription_GetDeviceDescriptions: Unused,
    PJRT_TopologyDescription_Serialize: Unused,
    PJRT_TopologyDescription_Attributes: Unused,
    PJRT_Compile: PjrtFn<PJRT_Compile_Args>,
    PJRT_Executable_OutputElementTypes: Unused,
    PJRT_Executable_OutputDimensions: Unused,
    PJRT_Buffer_CopyToMemory: Unused,
    PJRT_Client_CreateViewOfDeviceBuffer: PjrtFn<PJRT_Client_CreateViewOfDeviceBuffer_Args>,
    PJRT_Executable_Fingerprint: Unused,
    PJRT_Client_TopologyDescription: Unused,
    PJRT_Executable_GetCompiledMemoryStats: PjrtFn<PJRT_Executable_GetCompiledMemoryStats_Args>,
    PJRT_Memory_Kind_Id: Unused,
    PJRT_ExecuteContext_Create: Unused,
    PJRT_ExecuteContext_Destroy: Unused,
    PJRT_Buffer_CopyRawToHost: Unused,
    PJRT_AsyncHostToDeviceTransferManager_Destroy: Unused,
    PJRT_AsyncHostToDeviceTransferManager_TransferData: Unused,
    PJRT_Client_CreateBuffersForAsyncHostToDevice: Unused,
    PJRT_AsyncHostToDeviceTransferManager_RetrieveBuffer: Unused,
    PJRT_AsyncHostToDeviceTransferManager_Device: Unused,
    PJRT_AsyncHostToDeviceTransferManager_BufferCount: Unused,
    PJRT_AsyncHostToDeviceTransferManager_BufferSize: Unused,
    PJRT_AsyncHostToDeviceTransferManager_SetBufferError: Unused,
    PJRT_AsyncHostToDeviceTransferManager_AddMetadata: Unused,
    PJRT_Client_DmaMap: Unused,
    PJRT_Client_DmaUnmap: Unused,
    PJRT_Client_CreateUninitializedBuffer: PjrtFn<PJRT_Client_CreateUninitializedBuffer_Args>,
}
