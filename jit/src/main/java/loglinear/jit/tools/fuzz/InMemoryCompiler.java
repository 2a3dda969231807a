package loglinear.jit.tools.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import loglinear.jit.KernelContext;

/**
 * Compiles Java source in-process with the system compiler and loads the classes through a class loader that also
 * serves their bytes from {@code getResourceAsStream} (the translator and the emulator read kernel bytecode that way).
 */
public final class InMemoryCompiler {
    private final JavaCompiler compiler;
    private final String classPath;

    public InMemoryCompiler() {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run on a JDK (module jdk.compiler) to fuzz");
        }
        classPath = kernelApiLocation() + File.pathSeparator + System.getProperty("java.class.path");
    }

    /** Where KernelContext's classes are: on surefire the class path may be a manifest-only jar. */
    private static String kernelApiLocation() {
        try {
            return Path.of(KernelContext.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            return "";
        }
    }

    /**
     * Compiles one compilation unit declaring the top-level class {@code className} (no package) and loads it.
     *
     * @throws IllegalStateException with javac's diagnostics when the source does not compile
     */
    public Class<?> compile(String className, String source) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, null);
        Map<String, byte[]> classes = new HashMap<>();
        ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() {
                                classes.put(name, toByteArray());
                            }
                        };
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter log = new StringWriter();
        List<String> options = List.of("-classpath", classPath, "-g", "-proc:none", "-nowarn", "--release", "25");
        boolean ok = compiler.getTask(log, manager, diagnostics, options, null, List.of(unit)).call();
        if (!ok) {
            StringBuilder message = new StringBuilder("javac failed for " + className + ":\n");
            diagnostics.getDiagnostics().forEach(d -> message.append(d).append('\n'));
            throw new IllegalStateException(message.toString());
        }
        try {
            return new BytesClassLoader(classes, KernelContext.class.getClassLoader()).loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class " + className + " not found among " + classes.keySet(), e);
        }
    }

    /** Defines classes from bytes and serves the same bytes as {@code name/with/slashes.class} resources. */
    static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = Map.copyOf(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] bytes = classes.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                if (bytes != null) {
                    return new ByteArrayInputStream(bytes);
                }
            }
            return super.getResourceAsStream(name);
        }
    }
}
