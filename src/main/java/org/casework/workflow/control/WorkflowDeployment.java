package org.casework.workflow.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys every BPMN and DMN file packaged from {@code workflows/}. Duplicate filtering keeps an unchanged file from
 * becoming a new process version at each start.
 */
public class WorkflowDeployment {

    static final String FOLDER = "workflows";

    private final RepositoryService repository;

    public WorkflowDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    public int deployAll() {
        List<Path> files = workflowFiles();
        if (files.isEmpty()) {
            return 0;
        }
        DeploymentBuilder deployment = repository.createDeployment()
                .name("casework-workflows")
                .enableDuplicateFiltering(true);
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                deployment.addInputStream(file.getFileName().toString(), new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
        return files.size();
    }

    static List<Path> workflowFiles() {
        URL folder = WorkflowDeployment.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip = FileSystems.newFileSystem(uri, Map.of());
                return list(zip.getPath(FOLDER));
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the workflow files at " + folder, e);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList();
        }
    }
}
