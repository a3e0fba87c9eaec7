# Pharos in production mode (PostgreSQL; see compose.yaml and src/main/resources/application-prod.yml).
# Kept minimal and conventional. It has not been built here: the machines Pharos is developed and
# tested on have no container engine, so build it once and check the health check before relying on it.
#
#   docker build -t pharos .
#   docker run -e PHAROS_DB_URL=... -e PHAROS_DB_PASSWORD=... -e PHAROS_SECURITY_SECRET=... -p 8080:8080 pharos

# Pharos targets Java 17; the build runs on it.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package && cp target/pharos-*.jar /pharos.jar

# Java 21 or later switches virtual threads on (see PharosApplication).
FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system pharos \
    && useradd --system --gid pharos --home-dir /var/lib/pharos --create-home pharos
COPY --from=build /pharos.jar /opt/pharos/pharos.jar
USER pharos
WORKDIR /var/lib/pharos
ENV SPRING_PROFILES_ACTIVE=prod \
    PHAROS_DATA_DIR=/var/lib/pharos \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /var/lib/pharos
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/opt/pharos/pharos.jar"]
