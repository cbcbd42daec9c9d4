package org.casework.evidence.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.casework.evidence.entity.CaptureFacts;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.evidence.entity.EvidenceType;
import org.casework.evidence.entity.Inspection;
import org.casework.evidence.entity.StoredFile;
import org.casework.kernel.Reason;
import org.casework.kernel.Sha256;
import org.casework.platform.control.CaseworkConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps evidence files in the data folder, outside the database. A file is written inside the caller's transaction
 * and removed again if that transaction rolls back, so a refused complaint leaves no orphan file behind.
 */
@ApplicationScoped
public class EvidenceStore {

    private static final Logger LOG = Logger.getLogger(EvidenceStore.class.getName());

    @Inject
    CaseworkConfig config;

    @Inject
    @ConfigProperty(name = "casework.evidence.max-file-bytes", defaultValue = "10485760")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "casework.evidence.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private EvidenceInspector inspector;

    @PostConstruct
    void init() {
        inspector = new EvidenceInspector(maxFileBytes, maxPixels);
    }

    /**
     * Reads an upload, at most one byte more than a file may have, so an oversized file is refused (413) without
     * being held whole. Every way in (the intake API, the status page, staff documents) reads files through here.
     */
    public byte[] readUpload(InputStream content, String field) throws IOException {
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (bytes.length > maxFileBytes) {
            throw new EvidenceRejectedException(field, Reason.FILE_TOO_LARGE, "is larger than the limit of "
                    + maxFileBytes + " bytes a file", 413, maxFileBytes / 1_048_576);
        }
        return bytes;
    }

    /** The checks that need no decoding, for every file of a submission before anything is written. */
    public EvidenceType precheck(byte[] content, String field) {
        return inspector.precheck(content, field);
    }

    /**
     * Checks one file fully, then writes the original byte for byte, a working copy and a thumbnail; must run inside
     * a transaction, and all three files go again if it rolls back.
     */
    public StoredFile store(byte[] content, String field) {
        Inspection inspection = inspector.inspect(content, field);
        String original = write(content);
        String working = null;
        String thumbnail;
        CaptureFacts facts = CaptureFacts.NONE;
        if (inspection.image() != null) {
            working = write(EvidenceCopies.workingCopy(inspection.image()));
            thumbnail = write(EvidenceCopies.thumbnail(inspection.image()));
            facts = CaptureFactsReader.read(content);
        } else {
            working = write(EvidenceCopies.pdfWorkingCopy(content));
            thumbnail = write(EvidenceCopies.pdfThumbnail(content));
        }
        return new StoredFile(inspection.type(), content.length, Sha256.of(content), original, working, thumbnail,
                facts);
    }

    /**
     * A document staff add to a case: a Word or OpenDocument text file, checked by {@link OfficeDocuments} and kept
     * as it is (no working copy: nothing converts it), or otherwise an image or PDF checked and copied as evidence is.
     */
    public StoredFile storeDocument(byte[] content, String field) {
        inspector.checkSize(content, field);
        var office = OfficeDocuments.inspect(content, field);
        if (office.isEmpty()) {
            return store(content, field);
        }
        return new StoredFile(office.get(), content.length, Sha256.of(content), write(content), null, null,
                CaptureFacts.NONE);
    }

    private String write(byte[] content) {
        String key = UUID.randomUUID().toString();
        Path target = pathOf(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), key, ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store evidence file", e);
        }
        transactions.registerInterposedSynchronization(removeOnRollback(target));
        return key;
    }

    /** Removes the files of disposed evidence once the caller's transaction commits (kept if it rolls back). */
    public void removeAfterCommit(Collection<String> storageKeys) {
        List<Path> files = storageKeys.stream().map(this::pathOf).toList();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    for (Path file : files) {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException e) {
                            LOG.warning(() -> "Could not remove the file of disposed evidence: " + file);
                        }
                    }
                }
            }
        });
    }

    public InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(pathOf(storageKey));
    }

    private Path pathOf(String storageKey) {
        UUID.fromString(storageKey); // a key is only ever a UUID: no path can be smuggled in
        return config.dataDir().resolve("evidence").resolve(storageKey.substring(0, 2)).resolve(storageKey + ".bin");
    }

    private static Synchronization removeOnRollback(Path file) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        LOG.warning(() -> "Could not remove evidence file of a rolled-back transaction: " + file);
                    }
                }
            }
        };
    }
}
