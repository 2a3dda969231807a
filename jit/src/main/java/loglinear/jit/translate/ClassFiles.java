package loglinear.jit.translate;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;

import loglinear.jit.KernelCompileException;

/** Reads class files through the class loader that defined a class (so classes compiled in memory work too). */
final class ClassFiles {
    private ClassFiles() {
    }

    /** The parsed class file of {@code owner}. */
    static ClassModel read(Class<?> owner) {
        String resource = owner.getName().replace('.', '/') + ".class";
        ClassLoader loader = owner.getClassLoader();
        try (InputStream in = loader != null ? loader.getResourceAsStream(resource)
                : ClassLoader.getSystemResourceAsStream(resource)) {
            InputStream stream = in != null ? in : ClassLoader.getSystemResourceAsStream(resource);
            if (stream == null) {
                throw new KernelCompileException("cannot read the class file of " + owner.getName()
                        + " through its class loader (resource " + resource + " not found)");
            }
            try (stream) {
                return ClassFile.of().parse(stream.readAllBytes());
            }
        } catch (IOException e) {
            throw new KernelCompileException("cannot read the class file of " + owner.getName(), e);
        }
    }

    /** The method named {@code name} with JVM descriptor {@code descriptor}, or null. */
    static MethodModel method(ClassModel model, String name, String descriptor) {
        for (MethodModel m : model.methods()) {
            if (m.methodName().equalsString(name) && m.methodType().equalsString(descriptor)) {
                return m;
            }
        }
        return null;
    }

    /** The source file name recorded in the class file, or the class's simple name plus ".java". */
    static String sourceFile(ClassModel model, Class<?> owner) {
        return model.findAttribute(java.lang.classfile.Attributes.sourceFile())
                .map(a -> a.sourceFile().stringValue())
                .orElse(owner.getSimpleName() + ".java");
    }

    /** Resolves a class by internal name through {@code loader} without initialising it. */
    static Class<?> load(String internalName, ClassLoader loader) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, loader);
        } catch (ClassNotFoundException e) {
            throw new KernelCompileException("cannot load class " + internalName.replace('/', '.'), e);
        }
    }
}
