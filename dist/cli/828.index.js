export const id = 828;
export const ids = [828];
export const modules = {

/***/ 16828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nodeFiles: () => (/* binding */ nodeFiles),
/* harmony export */   readFileTail: () => (/* binding */ readFileTail),
/* harmony export */   readTextFile: () => (/* binding */ readTextFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** The Files port over node:fs. */
const nodeFiles = {
    isFile: (absolutePath) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolutePath, { throwIfNoEntry: false })?.isFile() ?? false,
    isDirectory: (absolutePath) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolutePath, { throwIfNoEntry: false })?.isDirectory() ?? false,
    realPath: (absolutePath) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolutePath);
        }
        catch {
            return absolutePath;
        }
    },
    readText: readTextFile,
    readTail: readFileTail,
    writeText: (absolutePath, text, options) => {
        if (!options?.noFollow)
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(absolutePath, text);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, text);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    },
    writeAtomic: (absolutePath, text) => {
        const temporary = `${absolutePath}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, absolutePath);
    },
    makeDirectory: (absolutePath) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(absolutePath, { recursive: true });
        return absolutePath;
    },
    list: (absolutePath) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolutePath);
        }
        catch {
            return undefined;
        }
    },
    temporaryDirectory: (prefix) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), prefix)),
    remove: (absolutePath) => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(absolutePath, { recursive: true, force: true });
        }
        catch {
            // Best effort: a temporary file we could not remove is not worth failing for.
        }
    },
};
function readTextFile(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The last `bytes` of a file ('' when it does not exist): enough to find the monitor's end record. */
function readFileTail(file, bytes) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return '';
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const length = Math.min(size, bytes);
        const buffer = Buffer.alloc(length);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, length, size - length);
        return buffer.toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ })

};
