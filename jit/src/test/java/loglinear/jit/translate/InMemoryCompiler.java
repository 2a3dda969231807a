package loglinear.jit.translate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import loglinear.jit.KernelContext;

/** Compiles Java source in memory and loads it through a class loader that also serves the class files. */
final class InMemoryCompiler {
    private InMemoryCompiler() {
    }

    /** Compiles {@code text} (declaring {@code className}) and returns a loader for its classes. */
    static ClassLoader compile(String className, String text) {
        return new BytesLoader(compileToBytes(className, text), KernelContext.class.getClassLoader());
    }

    /** Serves compiled classes both for loading and as resources, as the conformance suite's loader does. */
    private static final class BytesLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }

        @Override
        public InputStream getResourceAsStream(String path) {
            if (path.endsWith(".class")) {
                byte[] b = classes.get(path.substring(0, path.length() - 6).replace('/', '.'));
                if (b != null) {
                    return new ByteArrayInputStream(b);
                }
            }
            return super.getResourceAsStream(path);
        }
    }

    private static Map<String, byte[]> compileToBytes(String className, String text) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Map<String, ByteArrayOutputStream> out = new HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, null);
        ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return out.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + className.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        List<String> options = List.of("-g", "-classpath", System.getProperty("java.class.path"));
        java.io.StringWriter diagnostics = new java.io.StringWriter();
        boolean ok = compiler.getTask(diagnostics, manager, null, options, null, List.of(source)).call();
        if (!ok) {
            throw new IllegalStateException("javac failed:\n" + diagnostics);
        }
        Map<String, byte[]> bytes = new HashMap<>();
        out.forEach((k, v) -> bytes.put(k, v.toByteArray()));
        return bytes;
    }
}
