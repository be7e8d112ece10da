# syntax=docker/dockerfile:1
# dika production image: compiled JavaScript on Node.js 24 LTS, no dev dependencies, non-root.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci's postinstall applies patches/ (patch-package): a postgres.js fix, see README "Operations".
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npx tsc -p tsconfig.build.json

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DIKA_DATA_DIR=/data \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# tsc copies no .ttf: the charts' font goes beside the compiled chart module (src/charts/chart-font.ts).
COPY --from=build /app/src/charts/fonts ./dist/charts/fonts
COPY migrations ./migrations
COPY locales ./locales
COPY examples ./examples
# /data holds the embedded database when DATABASE_URL is not set.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# SIGTERM from `docker stop` reaches node directly: dika closes the database cleanly.
CMD ["node", "dist/main.js"]
