# Multi-stage build of the site. Content (read-only) and index are volumes:
#   docker build -t newsarchive .
#   docker run -p 8080:8080 -v /srv/news:/srv/content:ro -v newsarchive-data:/srv/data newsarchive
# A prebuilt index, then a site that serves it at once:
#   docker run --rm -v /srv/news:/srv/content:ro -v newsarchive-data:/srv/data newsarchive build-index
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone: a change to the sources does not download packages again.
COPY NewsArchive.sln Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/NewsArchive.Content/NewsArchive.Content.csproj src/NewsArchive.Content/
COPY src/NewsArchive.Search/NewsArchive.Search.csproj src/NewsArchive.Search/
COPY src/NewsArchive.Web/NewsArchive.Web.csproj src/NewsArchive.Web/
RUN dotnet restore src/NewsArchive.Web/NewsArchive.Web.csproj
COPY src/ src/
COPY wwwroot/ wwwroot/
RUN dotnet publish src/NewsArchive.Web -c Release -o /app --no-restore --nologo

# The Debian-based runtime image has ICU, which Vietnamese normalisation and dates need
# (Alpine and chiseled images would need it added).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY content/ /srv/content/
RUN mkdir -p /srv/data && chown "$APP_UID" /srv/data
# The base image listens on ASPNETCORE_HTTP_PORTS (8080); setting ASPNETCORE_URLS as well would override it with a warning.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    Archive__ContentPath=/srv/content \
    Archive__IndexPath=/srv/data/index
USER $APP_UID
VOLUME ["/srv/content", "/srv/data"]
EXPOSE 8080
# The runtime image has no curl or wget: the check asks with bash's own /dev/tcp.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "NewsArchive.Web.dll"]
