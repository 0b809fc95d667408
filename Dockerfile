# Story Desk as a container: built with the Maven wrapper, run on a JRE.
# The frontend uses Vaadin's precompiled bundle (no frontend sources of its own), so no Node.js is needed.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY src src
COPY frontend frontend
RUN ./mvnw -B -q -Pproduction -DskipTests package && cp target/story-desk-*.jar /src/app.jar

FROM eclipse-temurin:21-jre
WORKDIR /app
RUN useradd --system --home /app storydesk
COPY --from=build /src/app.jar app.jar
COPY seeds seeds
USER storydesk
EXPOSE 8080
# The NLP pipeline holds a few GB once loaded; give the JVM most of the container's memory.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=80"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
