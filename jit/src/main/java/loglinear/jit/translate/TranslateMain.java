package loglinear.jit.translate;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import loglinear.jit.KernelContext;

/**
 * Writes the translation of every kernel (public static void method whose first parameter is a
 * {@link KernelContext}) of the named classes to {@code <out>/<entryName>.cu} or {@code .cl}, for inspection with
 * the vendor tools ({@code nvcc --resource-usage}, {@code cuobjdump -sass}).
 *
 * <p>Usage: {@code TranslateMain <cuda|opencl> <outDir> <className>...}
 */
public final class TranslateMain {
    private TranslateMain() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: TranslateMain <cuda|opencl> <outDir> <className>... (got "
                    + args.length + " arguments, expected at least 3)");
        }
        Dialect dialect = switch (args[0].toLowerCase(Locale.ROOT)) {
            case "cuda" -> Dialect.CUDA;
            case "opencl" -> Dialect.OPENCL;
            default -> throw new IllegalArgumentException("dialect must be cuda or opencl, not " + args[0]);
        };
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (int i = 2; i < args.length; i++) {
            for (Method kernel : kernels(Class.forName(args[i]))) {
                TranslatedKernel k = Translator.translate(kernel, dialect);
                Path file = out.resolve(k.entryName() + (dialect == Dialect.CUDA ? ".cu" : ".cl"));
                Files.writeString(file, k.source(), StandardCharsets.UTF_8);
                System.out.println(file + " (" + k.localMemoryBytes() + " bytes of local memory)");
            }
        }
    }

    /** The kernel methods of {@code owner}, by name. */
    static List<Method> kernels(Class<?> owner) {
        List<Method> result = new ArrayList<>();
        for (Method m : owner.getDeclaredMethods()) {
            int mods = m.getModifiers();
            if (Modifier.isPublic(mods) && Modifier.isStatic(mods) && m.getReturnType() == void.class
                    && m.getParameterCount() > 0 && m.getParameterTypes()[0] == KernelContext.class) {
                result.add(m);
            }
        }
        result.sort(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())));
        return result;
    }
}
