/* Prints the byte offsets, sizes and enum values of the XLA FFI structs that
 * src/pjrt/sys/xla_ffi.rs mirrors, as the C compiler lays them out from jaxlib's
 * xla/ffi/api/c_api.h. tests/pjrt/ffi_abi.rs compiles and runs this and compares with
 * muon_xla::pjrt::sys::xla_ffi::xla_ffi_layout(). Keep the two lists in step. */
#include <stddef.h>
#include <stdio.h>

#include "xla/ffi/api/c_api.h"

#define OFF(S, f) printf("%s.%s %zu\n", #S, #f, (size_t)offsetof(S, f));
#define SIZE(S) printf("%s.sizeof %zu\n", #S, sizeof(S));
#define VAL(v) printf("%s %zu\n", #v, (size_t)(v));

int main(void) {
  OFF(XLA_FFI_Extension_Base, struct_size)
  OFF(XLA_FFI_Extension_Base, type)
  OFF(XLA_FFI_Extension_Base, next)
  OFF(XLA_FFI_Api_Version, extension_start)
  OFF(XLA_FFI_Api_Version, major_version)
  OFF(XLA_FFI_Api_Version, minor_version)
  OFF(XLA_FFI_Error_Create_Args, extension_start)
  OFF(XLA_FFI_Error_Create_Args, message)
  OFF(XLA_FFI_Error_Create_Args, errc)
  OFF(XLA_FFI_Buffer, extension_start)
  OFF(XLA_FFI_Buffer, dtype)
  OFF(XLA_FFI_Buffer, data)
  OFF(XLA_FFI_Buffer, rank)
  OFF(XLA_FFI_Buffer, dims)
  OFF(XLA_FFI_ByteSpan, ptr)
  OFF(XLA_FFI_ByteSpan, len)
  OFF(XLA_FFI_Scalar, dtype)
  OFF(XLA_FFI_Scalar, value)
  OFF(XLA_FFI_Args, extension_start)
  OFF(XLA_FFI_Args, size)
  OFF(XLA_FFI_Args, types)
  OFF(XLA_FFI_Args, args)
  OFF(XLA_FFI_Rets, extension_start)
  OFF(XLA_FFI_Rets, size)
  OFF(XLA_FFI_Rets, types)
  OFF(XLA_FFI_Rets, rets)
  OFF(XLA_FFI_Attrs, extension_start)
  OFF(XLA_FFI_Attrs, size)
  OFF(XLA_FFI_Attrs, types)
  OFF(XLA_FFI_Attrs, names)
  OFF(XLA_FFI_Attrs, attrs)
  OFF(XLA_FFI_CallFrame, extension_start)
  OFF(XLA_FFI_CallFrame, api)
  OFF(XLA_FFI_CallFrame, ctx)
  OFF(XLA_FFI_CallFrame, stage)
  OFF(XLA_FFI_CallFrame, args)
  OFF(XLA_FFI_CallFrame, rets)
  OFF(XLA_FFI_CallFrame, attrs)
  OFF(XLA_FFI_CallFrame, future)
  OFF(XLA_FFI_Metadata, api_version)
  OFF(XLA_FFI_Metadata, traits)
  OFF(XLA_FFI_Metadata_Extension, extension_base)
  OFF(XLA_FFI_Metadata_Extension, metadata)
  OFF(XLA_FFI_Api, extension_start)
  OFF(XLA_FFI_Api, api_version)
  OFF(XLA_FFI_Api, internal_api)
  OFF(XLA_FFI_Api, XLA_FFI_Error_Create)
  SIZE(XLA_FFI_Api_Version)
  SIZE(XLA_FFI_Buffer)
  SIZE(XLA_FFI_CallFrame)
  SIZE(XLA_FFI_Error_Create_Args)
  VAL(XLA_FFI_ExecutionStage_EXECUTE)
  VAL(XLA_FFI_DataType_F32)
  VAL(XLA_FFI_DataType_BF16)
  VAL(XLA_FFI_DataType_PRED)
  VAL(XLA_FFI_DataType_F64)
  VAL(XLA_FFI_DataType_S8)
  VAL(XLA_FFI_DataType_S32)
  VAL(XLA_FFI_DataType_S64)
  VAL(XLA_FFI_DataType_U8)
  VAL(XLA_FFI_AttrType_SCALAR)
  VAL(XLA_FFI_Extension_Metadata)
  VAL(XLA_FFI_API_MAJOR)
  VAL(XLA_FFI_API_MINOR)
  return 0;
}
