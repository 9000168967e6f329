package app.haat.core.files;

import app.haat.core.data.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The file store: the data directory unless {@code HAAT_S3_ENDPOINT} names an object store. Chosen when the portal
 * starts (not by a conditional bean, which ahead-of-time processing would fix at build time).
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfig {

    private static final Logger log = LoggerFactory.getLogger(FileStoreConfig.class);

    @Bean
    FileStore fileStore(
            DataDirectory dataDirectory,
            @Value("${haat.s3.endpoint:}") String endpoint,
            @Value("${haat.s3.bucket:haat}") String bucket,
            @Value("${haat.s3.access-key:}") String accessKey,
            @Value("${haat.s3.secret-key:}") String secretKey,
            @Value("${haat.s3.region:us-east-1}") String region) {
        if (endpoint.isBlank()) {
            return new LocalFileStore(dataDirectory.root());
        }
        try {
            S3FileStore store = new S3FileStore(
                            new S3FileStore.Settings(endpoint, bucket, accessKey, secretKey, region))
                    .ensureBucket();
            log.info("Files are kept in {}", store.describe());
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
