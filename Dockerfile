# Build stage: the production build (Vaadin production mode, pre-compiled bundle, no Node needed).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY db-migrations db-migrations
COPY frontend frontend
COPY src src
RUN ./mvnw -B -DskipTests package && cp target/haat-*.jar /haat.jar

# Run stage: JRE 25, non-root, data directory as a volume.
FROM eclipse-temurin:25-jre
RUN groupadd --system haat && useradd --system --gid haat --home-dir /app haat \
    && mkdir -p /app /data && chown haat:haat /data
COPY --from=build /haat.jar /tmp/haat.jar
# Start-up (docs/BENCHMARKS.md): the jar extracted, and a JVM AOT cache trained by one start on an empty database to
# ready and a few requests to itself, with this image's JRE (a cache serves only the JVM that made it).
RUN java -Djarmode=tools -jar /tmp/haat.jar extract --destination /app && rm /tmp/haat.jar \
    && HAAT_DATA_DIR=/tmp/training HAAT_ADMIN_PASSWORD=training-only-1 java -XX:MaxRAMPercentage=75 \
       -XX:AOTCacheOutput=/app/haat.aot --add-modules jdk.incubator.vector \
       -jar /app/haat.jar --server.port=0 --haat.aot-training=true && rm -rf /tmp/training
USER haat
ENV HAAT_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
# jdk.incubator.vector lets Lucene use SIMD instructions for search
# The C2 compiler waits for methods 20 times hotter than by default: on 2 cores its work at start-up competed with the
# start itself (docs/BENCHMARKS.md, "Start-up"); hot loops (the draw, search) still reach it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/haat.aot", \
            "-XX:Tier4InvocationThreshold=100000", "-XX:Tier4MinInvocationThreshold=50000", \
            "-XX:Tier4CompileThreshold=120000", "-XX:Tier4BackEdgeThreshold=400000", \
            "--add-modules", "jdk.incubator.vector", "-jar", "/app/haat.jar"]
