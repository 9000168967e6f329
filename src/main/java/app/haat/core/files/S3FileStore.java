package app.haat.core.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in one bucket of an S3-compatible object store (AWS S3, MinIO, Ceph, s3proxy), addressed path-style, so that
 * every portal node reads and writes the same files. The bucket is made on first use if it is missing. Checksums are
 * sent only where the API requires them: many S3-compatible stores do not take the newer trailing checksums.
 */
public final class S3FileStore implements FileStore, AutoCloseable {

    /** Where the store is and how to sign in to it. */
    public record Settings(String endpoint, String bucket, String accessKey, String secretKey, String region) {}

    private final S3Client s3;
    private final Settings settings;

    public S3FileStore(Settings settings) {
        this.settings = settings;
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(settings.endpoint()))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Makes the bucket if it is not there; refuses with the store's own message if it cannot be reached. */
    public S3FileStore ensureBucket() throws IOException {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
        } catch (NoSuchBucketException e) {
            create();
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() != 404) {
                throw new IOException("the object store at " + settings.endpoint() + " refused: " + e.getMessage(), e);
            }
            create();
        } catch (SdkException e) {
            throw new IOException(
                    "the object store at " + settings.endpoint() + " cannot be reached: " + e.getMessage(), e);
        }
        return this;
    }

    private void create() throws IOException {
        try {
            s3.createBucket(b -> b.bucket(settings.bucket()));
        } catch (SdkException e) {
            throw new IOException("could not make the bucket " + settings.bucket() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, byte[] content) throws IOException {
        try {
            s3.putObject(b -> b.bucket(settings.bucket()).key(FileStore.checked(key)), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new IOException("could not store " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] get(String key) throws IOException {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(settings.bucket()).key(FileStore.checked(key)))
                    .asByteArray();
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("could not read " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(FileStore.checked(key)));
        } catch (SdkException e) {
            throw new IOException("could not delete " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> keys(String prefix) throws IOException {
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(settings.bucket()).prefix(prefix)).contents().stream()
                    .map(S3Object::key)
                    .toList();
        } catch (SdkException e) {
            throw new IOException("could not list " + prefix + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "s3://" + settings.bucket() + " at " + settings.endpoint();
    }

    @Override
    public void close() {
        s3.close();
    }
}
