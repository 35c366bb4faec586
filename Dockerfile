# One image for both processes: `node dist/apps/api/src/main.js` or `node dist/apps/scheduler/src/main.js`.
FROM node:20-bookworm-slim AS build
# argon2's install script may compile its addon (node-gyp): the slim image has no toolchain.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build-if-needed.mjs && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/seeds ./seeds
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
CMD ["node", "dist/apps/api/src/main.js"]
