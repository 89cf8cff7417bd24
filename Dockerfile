# Multi-stage build of the site. Content and index are volumes:
#   docker build -t newsarchive .
#   docker run -p 8080:8080 -v /srv/news:/srv/content:ro -v newsarchive-data:/srv/data newsarchive
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY NewsArchive.sln Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY wwwroot/ wwwroot/
RUN dotnet publish src/NewsArchive.Web -c Release -o /app --nologo

# The Debian/Ubuntu-based runtime image has ICU, which Vietnamese normalisation and dates need
# (Alpine and chiseled images would need it added).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY content/ /srv/content/
RUN mkdir -p /srv/data && chown "$APP_UID" /srv/data
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    Archive__ContentPath=/srv/content \
    Archive__IndexPath=/srv/data/index
USER $APP_UID
VOLUME ["/srv/content", "/srv/data"]
EXPOSE 8080
ENTRYPOINT ["dotnet", "NewsArchive.Web.dll"]
