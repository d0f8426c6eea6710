package org.strata.model.gen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF code generator stand-alone on bundles/org.strata.model/model/strata.genmodel and writes
 * the model code into org.strata.model/src-gen and the item providers into org.strata.model.edit/src-gen.
 * Both src-gen folders are emptied first, so a removed class does not linger. Argument: the repository root.
 */
public final class Regenerate {
    private Regenerate() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path bundles = root.resolve("bundles");
        String[] projects = {"org.strata.model", "org.strata.model.edit"};
        for (String p : projects) {
            EcorePlugin.getPlatformResourceMap().put(p, URI.createFileURI(bundles.resolve(p) + File.separator));
            clean(bundles.resolve(p).resolve("src-gen"));
        }
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
        Resource res = rs.getResource(URI.createPlatformResourceURI("org.strata.model/model/strata.genmodel", true), true);
        GenModel genModel = (GenModel) res.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        int errors = 0;
        for (String type : new String[] {GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE}) {
            Diagnostic d = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            System.out.println(type + ": " + (d.getSeverity() == Diagnostic.OK ? "ok" : d));
            if (d.getSeverity() >= Diagnostic.ERROR) errors++;
        }
        for (String p : projects) {
            // the generator writes PDE build files; these bundles are built by Maven and bnd instead
            Files.deleteIfExists(bundles.resolve(p).resolve("build.properties"));
        }
        if (errors > 0) System.exit(1);
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
