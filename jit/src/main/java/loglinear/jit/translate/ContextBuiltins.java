package loglinear.jit.translate;

import java.util.function.Supplier;

import loglinear.jit.KernelCompileException;

/** {@code KernelContext} fields as CUDA and OpenCL built-in expressions. */
final class ContextBuiltins {
    private ContextBuiltins() {
    }

    static String field(Dialect dialect, String name, Supplier<KernelCompileException> unknown) {
        char axisChar = Character.toLowerCase(name.charAt(name.length() - 1));
        int axis = axisChar - 'x';
        if (axis < 0 || axis > 2) {
            throw unknown.get();
        }
        String prefix = name.substring(0, name.length() - 1);
        boolean cuda = dialect == Dialect.CUDA;
        String c = String.valueOf(axisChar);
        return switch (prefix) {
            case "globalId" -> cuda ? "(int)(blockIdx." + c + " * blockDim." + c + " + threadIdx." + c + ")"
                    : "(int)get_global_id(" + axis + ")";
            case "localId" -> cuda ? "(int)threadIdx." + c : "(int)get_local_id(" + axis + ")";
            case "groupId" -> cuda ? "(int)blockIdx." + c : "(int)get_group_id(" + axis + ")";
            case "localGroupSize" -> cuda ? "(int)blockDim." + c : "(int)get_local_size(" + axis + ")";
            case "globalGroupSize" -> cuda ? "(int)(gridDim." + c + " * blockDim." + c + ")"
                    : "(int)get_global_size(" + axis + ")";
            default -> throw unknown.get();
        };
    }

    /** {@code localLinearId()}: x + y * sizeX + z * sizeX * sizeY. */
    static String localLinearId(Dialect dialect) {
        return dialect == Dialect.CUDA
                ? "(int)(threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * blockDim.x * blockDim.y)"
                : "j_lid()";
    }

    /** {@code laneId()}: localLinearId() % 32. */
    static String laneId(Dialect dialect) {
        return dialect == Dialect.CUDA ? "j_lane()" : "(j_lid() & 31)";
    }

    static String barrier(Dialect dialect) {
        return dialect == Dialect.CUDA ? "__syncthreads();" : "barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);";
    }
}
