// tinygan's web page (`tinygan export-web`): the generator's forward pass as the kernels
// tinygrad lowered for it, rendered as WGSL, run by the browser's WebGPU.  This script is
// the plumbing only (buffers, pipelines, dispatches, the canvas): model.json lists the
// kernels (one per distinct source) and, per batch size, the launches in order with the
// buffers each binds; weights.safetensors holds the weights and the run's fixed noise.
//
// window.tinygan exposes what the page computed, for tests: the latent vector (and digit)
// it used, the output buffer, the grid's output, timings and the adapter.
"use strict";
(() => {
  const T = window.tinygan = { ready: false, error: null, runs: 0, busy: false };
  const $ = (id) => document.getElementById(id);
  const NO_WEBGPU = "This page computes the digits with WebGPU, which this browser does not " +
    "offer here. Open it in a browser with WebGPU: Chrome or Edge (113 or newer), Safari 18 " +
    "or newer, or Firefox 141 or newer, on a system where WebGPU is enabled.";
  const SERVE = "This page was opened from disk, where the browser does not let it read its " +
    "model and weights. Serve its folder and open it from there: python -m http.server " +
    "--directory <this folder>, then http://localhost:8000/ (or export it with " +
    "tinygan export-web --single-file, which opens from disk).";

  function fail(message) {
    if (T.error) return;
    T.error = message;
    $("status").hidden = true;
    $("app").hidden = true;
    const box = $("message");
    box.textContent = message;
    box.hidden = false;
  }

  // ---- the latent vectors: seeded, so that ?seed=N draws the same digit again ----------

  function mulberry32(seed) {            // 32-bit state, uniform in [0, 1)
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6D2B79F5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function normals(seed, n) {            // Box-Muller: N(0, 1) draws, float64
    const uniform = mulberry32(seed), z = new Float64Array(n);
    for (let i = 0; i < n; i += 2) {
      const r = Math.sqrt(-2 * Math.log(1 - uniform())), angle = 2 * Math.PI * uniform();
      z[i] = r * Math.cos(angle);
      if (i + 1 < n) z[i + 1] = r * Math.sin(angle);
    }
    return z;
  }

  function randomSeed() { return crypto.getRandomValues(new Uint32Array(1))[0] % 1000000000; }

  // ---- the model and its weights --------------------------------------------------------

  function fromBase64(text) {
    const binary = atob(text.trim()), bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function loadModel() {
    const inline = $("tinygan-model");
    if (inline) return [JSON.parse(inline.textContent), fromBase64($("tinygan-weights").textContent)];
    if (location.protocol === "file:") throw new Error(SERVE);
    const model = await (await fetch("model.json")).json();
    const weights = new Uint8Array(await (await fetch(model.weights)).arrayBuffer());
    return [model, weights];
  }

  function safetensors(bytes) {          // name -> its bytes (the format's header, then data)
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const length = Number(view.getBigUint64(0, true));
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length)));
    const tensors = {};
    for (const [name, entry] of Object.entries(header)) {
      if (name === "__metadata__") continue;
      const [begin, end] = entry.data_offsets;
      tensors[name] = bytes.subarray(8 + length + begin, 8 + length + end);
    }
    return tensors;
  }

  // ---- WebGPU ---------------------------------------------------------------------------

  async function openDevice(limits) {
    if (!navigator.gpu) throw new Error(NO_WEBGPU);
    const adapter = await navigator.gpu.requestAdapter();
    if (!adapter) throw new Error(NO_WEBGPU);
    const short = Object.entries(limits).filter(([name, value]) => adapter.limits[name] < value);
    if (short.length) {
      throw new Error("This GPU's WebGPU adapter cannot run these kernels: they need " +
        short.map(([name, value]) => `${name} ${value} (it has ${adapter.limits[name]})`).join(", ") + ".");
    }
    const device = await adapter.requestDevice({ requiredLimits: limits });
    T.deviceLimits = Object.fromEntries(Object.keys(limits).map((name) => [name, device.limits[name]]));
    const info = adapter.info || {};
    T.adapter = { vendor: info.vendor || "", architecture: info.architecture || "",
                  description: info.description || "",
                  fallback: Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter) };
    device.lost.then((lost) => { if (lost.reason !== "destroyed") fail("WebGPU lost the GPU: " + lost.message); });
    device.onuncapturederror = (event) => fail("WebGPU error: " + event.error.message);
    return device;
  }

  async function validated(device, what, work) {
    device.pushErrorScope("validation");
    const result = await work();
    const error = await device.popErrorScope();
    if (error) throw new Error(`WebGPU rejected ${what}: ${error.message}`);
    return result;
  }

  async function buildNet(device, model, tensors) {
    const STORAGE = GPUBufferUsage.STORAGE, COPY_DST = GPUBufferUsage.COPY_DST;
    // binding 0 of every kernel: the uniform INFINITY (tinygrad's WGSL renderer)
    const infinity = device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM, mappedAtCreation: true });
    new Float32Array(infinity.getMappedRange())[0] = Infinity;
    infinity.unmap();
    const weights = {};
    for (const [name, bytes] of Object.entries(tensors)) {
      const buffer = device.createBuffer({ size: Math.max(4, Math.ceil(bytes.length / 4) * 4),
                                           usage: STORAGE | COPY_DST, mappedAtCreation: true });
      new Uint8Array(buffer.getMappedRange()).set(bytes);
      buffer.unmap();
      weights[name] = buffer;
    }
    const layouts = model.kernels.map((kernel) => device.createBindGroupLayout({ entries: [
      { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: "uniform" } },
      ...Array.from({ length: kernel.buffers }, (_, i) => (
        { binding: i + 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: "storage" } }))] }));
    const pipelines = await Promise.all(model.kernels.map((kernel, i) => device.createComputePipelineAsync({
      layout: device.createPipelineLayout({ bindGroupLayouts: [layouts[i]] }),
      compute: { module: device.createShaderModule({ code: kernel.source }), entryPoint: kernel.name } })));

    const programs = {};
    for (const [batch, program] of Object.entries(model.programs)) {
      const buffers = program.buffers.map((b) => b.weight ? weights[b.weight] : device.createBuffer(
        { size: b.bytes, usage: STORAGE | COPY_DST | GPUBufferUsage.COPY_SRC }));
      const groups = program.launches.map((launch) => device.createBindGroup({
        layout: layouts[launch.kernel],
        entries: [{ binding: 0, resource: { buffer: infinity } },
                  ...launch.bind.map(([index, offset, size], i) => (
                    { binding: i + 1, resource: { buffer: buffers[index], offset, size } }))] }));
      const output = buffers[program.output];
      const readback = device.createBuffer({ size: output.size, usage: GPUBufferUsage.MAP_READ | COPY_DST });
      programs[batch] = async (noise, digits) => {
        device.queue.writeBuffer(buffers[program.noise], 0, noise);
        if (program.digits !== null) device.queue.writeBuffer(buffers[program.digits], 0, digits);
        const encoder = device.createCommandEncoder();
        const pass = encoder.beginComputePass();
        program.launches.forEach((launch, i) => {
          pass.setPipeline(pipelines[launch.kernel]);
          pass.setBindGroup(0, groups[i]);
          pass.dispatchWorkgroups(...launch.global);
        });
        pass.end();
        encoder.copyBufferToBuffer(output, 0, readback, 0, output.size);
        device.queue.submit([encoder.finish()]);
        await readback.mapAsync(GPUMapMode.READ);
        const values = new Float32Array(readback.getMappedRange().slice(0));
        readback.unmap();
        return values;
      };
    }
    return programs;
  }

  // ---- drawing --------------------------------------------------------------------------

  function drawImages(canvas, values, [channels, height, width], count, columns, byColumns, most) {
    const rows = Math.ceil(count / columns), pixels = new ImageData(columns * width, rows * height);
    for (let n = 0; n < count; n++) {
      const row = byColumns ? n % rows : Math.floor(n / columns);
      const column = byColumns ? Math.floor(n / rows) : n % columns;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const at = 4 * ((row * height + y) * columns * width + column * width + x);
          for (let c = 0; c < 3; c++) {
            const v = values[((n * channels + Math.min(c, channels - 1)) * height + y) * width + x];
            pixels.data[at + c] = Math.round(Math.min(1, Math.max(0, (v + 1) / 2)) * 255);
          }
          pixels.data[at + 3] = 255;
        }
      }
    }
    const scratch = document.createElement("canvas");
    scratch.width = pixels.width;
    scratch.height = pixels.height;
    scratch.getContext("2d").putImageData(pixels, 0, 0);
    const scale = Math.max(1, Math.floor(Math.min(most / pixels.width, most / pixels.height)));
    canvas.width = pixels.width * scale;
    canvas.height = pixels.height * scale;
    const context = canvas.getContext("2d");
    context.imageSmoothingEnabled = false;
    context.drawImage(scratch, 0, 0, canvas.width, canvas.height);
  }

  // ---- the page -------------------------------------------------------------------------

  async function main() {
    const [model, weightBytes] = await loadModel();
    const device = await openDevice(model.limits);
    const tensors = safetensors(weightBytes);
    const noiseBytes = tensors.fixed_noise;
    delete tensors.fixed_noise;
    const programs = await validated(device, "the kernels", () => buildNet(device, model, tensors));
    T.kernels = model.kernels.length;
    T.launches = Object.fromEntries(Object.entries(model.programs).map(([b, p]) => [b, p.launches.length]));
    const latentSize = model.latent_dim, imageSize = model.image.reduce((a, b) => a * b, 1);

    const url = new URLSearchParams(location.search);
    const number = (name, fallback) => (url.has(name) && Number.isFinite(Number(url.get(name))) ? Number(url.get(name)) : fallback);
    const state = { seed: number("seed", randomSeed()) >>> 0, digit: 0, walk: 0 };
    state.to = number("to", state.seed + 1) >>> 0;
    state.walk = Math.min(1, Math.max(0, number("t", 0)));
    if (model.conditional) {
      state.digit = Math.min(model.digits - 1, Math.max(0, Math.round(number("digit", state.seed % model.digits))));
      const picker = $("digit-picker");
      for (let d = 0; d < model.digits; d++) picker.add(new Option(String(d), String(d)));
      picker.value = String(state.digit);
      $("picker").hidden = false;
      picker.addEventListener("change", () => { state.digit = Number(picker.value); request(); });
    }
    $("walk").value = String(Math.round(state.walk * 100));

    async function run(batch, noise, digits) {
      const started = performance.now();
      const values = await validated(device, "a launch", () => programs[batch](noise, digits));
      return [values, performance.now() - started];
    }

    // the grid: the run's fixed noise (a conditional run's: digits 0-9 along each row)
    const gridBatch = model.grid.batch;
    const gridNoise = new Float32Array(noiseBytes.slice().buffer);
    const gridDigits = Int32Array.from({ length: gridBatch }, (_, i) => i % (model.digits || 1));
    const [grid, gridMs] = await run(String(gridBatch), gridNoise, gridDigits);
    drawImages($("grid"), grid, model.image, gridBatch, model.grid.columns, model.grid.order === "columns", 560);
    T.gridOutput = Array.from(grid);
    T.gridMs = gridMs;

    let pending = false;
    async function draw() {
      const z0 = normals(state.seed, latentSize), z1 = normals(state.to, latentSize);
      const t = state.walk, latent = new Float32Array(latentSize);
      for (let i = 0; i < latentSize; i++) latent[i] = (1 - t) * z0[i] + t * z1[i];
      const digits = Int32Array.of(state.digit);
      const [values, ms] = await run("1", latent, digits);
      drawImages($("digit"), values, model.image, 1, 1, false, 280);
      Object.assign(T, { seed: state.seed, to: state.to, walk: t, lastLatent: Array.from(latent),
                         lastDigit: model.conditional ? state.digit : null,
                         lastOutput: Array.from(values.subarray(0, imageSize)), lastMs: ms });
      const query = new URLSearchParams({ seed: state.seed, to: state.to, t: String(t) });
      if (model.conditional) query.set("digit", String(state.digit));
      history.replaceState(null, "", "?" + query);
      $("link").href = "?" + query;
      $("timing").textContent = `Drawn in ${ms.toFixed(0)} ms (${T.launches["1"]} kernel launches; ` +
        `the grid of ${gridBatch} in ${gridMs.toFixed(0)} ms).`;
    }

    async function request() {             // one run at a time; the latest request wins
      if (T.busy) { pending = true; return; }
      T.busy = true;
      try {
        do { pending = false; await draw(); T.runs += 1; } while (pending);
      } catch (error) { fail(String(error.message || error)); } finally { T.busy = false; }
    }

    $("new-digit").addEventListener("click", () => {
      state.seed = randomSeed();
      state.to = randomSeed();
      state.walk = 0;
      $("walk").value = "0";
      request();
    });
    $("walk").addEventListener("input", () => { state.walk = Number($("walk").value) / 100; request(); });

    const a = T.adapter;
    $("adapter").textContent = `WebGPU adapter: ${[a.vendor, a.architecture, a.description].filter(Boolean).join(" ") || "unnamed"}` +
      `${a.fallback ? " (a software fallback adapter)" : ""}; ${model.kernels.length} distinct kernels, ` +
      `tinygrad ${model.tinygrad}, tinygan's ${model.kernels_path} kernels.`;
    $("status").hidden = true;
    $("app").hidden = false;
    await request();
    T.ready = !T.error;
  }

  main().catch((error) => fail(String(error.message || error)));
})();
