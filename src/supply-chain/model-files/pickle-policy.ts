// Which imports a model pickle may make. Loading a pickle calls what it imports, so the question is not "is this
// module bad" but "is this one of the few things model files legitimately rebuild": tensors, storages, arrays,
// ordered dicts, and scikit-learn / XGBoost estimator classes. Everything else is outside the allow-list; the
// names known to run commands, code or network I/O are named as such.

export type ImportVerdict = "allowed" | "dangerous" | "not-allowed";

/** Exact module.name pairs model files rebuild with. */
const ALLOWED_EXACT = new Set([
  "collections.OrderedDict",
  "collections.defaultdict",
  "torch._utils._rebuild_tensor",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_tensor_v3",
  "torch._utils._rebuild_parameter",
  "torch._utils._rebuild_parameter_with_state",
  "torch._utils._rebuild_sparse_tensor",
  "torch._utils._rebuild_qtensor",
  "torch._utils._rebuild_device_tensor_from_numpy",
  "torch._utils._rebuild_meta_tensor_no_storage",
  "torch._utils._rebuild_wrapper_subclass",
  "torch._tensor._rebuild_from_type_v2",
  "torch.Size",
  "torch.device",
  "torch.Tensor",
  "torch.nn.parameter.Parameter",
  "torch.storage.UntypedStorage",
  "torch.serialization._get_layout",
  "numpy.ndarray",
  "numpy.dtype",
  "numpy.core.multiarray._reconstruct",
  "numpy.core.multiarray.scalar",
  "numpy._core.multiarray._reconstruct",
  "numpy._core.multiarray.scalar",
  "numpy.random._pickle.__randomstate_ctor",
  "numpy.random._pickle.__bit_generator_ctor",
  "copyreg._reconstructor",
  "builtins.object",
  "builtins.set",
  "builtins.frozenset",
  "builtins.slice",
  "builtins.complex",
  "builtins.bytearray",
  "builtins.dict",
  "builtins.list",
  "builtins.tuple",
  "builtins.int",
  "builtins.float",
  "builtins.bool",
  "builtins.str",
  "builtins.bytes",
  "__builtin__.set",
  "__builtin__.object",
  "_codecs.encode",
]);

/** torch.FloatStorage, torch.BFloat16Storage, …; and torch.float32-style dtypes pickled as attributes. */
const ALLOWED_PATTERNS: ReadonlyArray<(module: string, name: string) => boolean> = [
  (module, name) => module === "torch" && /^[A-Z][A-Za-z0-9]*Storage$/.test(name),
  (module, name) =>
    module === "torch" && /^(float|bfloat|int|uint|complex|bool|qint|quint)[0-9]*$/.test(name),
  // Estimator and transformer classes (capitalized): joblib files of scikit-learn and XGBoost models.
  (module, name) => /^(sklearn|xgboost|lightgbm)(\.|$)/.test(module) && /^[A-Z][A-Za-z0-9_]*$/.test(name),
  (module, name) =>
    module === "numpy" && /^(dtype|ndarray|float[0-9]+|int[0-9]+|uint[0-9]+|bool_)$/.test(name),
];

/** Modules whose every name runs commands, code, or I/O when called. */
const DANGEROUS_MODULES = new Set([
  "os",
  "posix",
  "nt",
  "subprocess",
  "sys",
  "runpy",
  "webbrowser",
  "socket",
  "shutil",
  "pty",
  "ctypes",
  "importlib",
  "pickle",
  "_pickle",
  "marshal",
  "code",
  "codeop",
  "commands",
  "popen2",
  "multiprocessing",
  "asyncio",
  "threading",
  "_thread",
  "signal",
  "requests",
  "urllib",
  "urllib2",
  "httplib",
  "http",
  "ftplib",
  "smtplib",
  "telnetlib",
  "pip",
  "setuptools",
  "pdb",
  "bdb",
  "timeit",
  "tempfile",
  "zipimport",
  "pydoc",
  "torch.hub",
  "dill",
]);

/** Single names that evaluate code, open files, or reach arbitrary attributes. */
const DANGEROUS_NAMES = new Set([
  "builtins.eval",
  "builtins.exec",
  "builtins.compile",
  "builtins.open",
  "builtins.__import__",
  "builtins.getattr",
  "builtins.setattr",
  "builtins.delattr",
  "builtins.globals",
  "builtins.locals",
  "builtins.vars",
  "builtins.breakpoint",
  "builtins.input",
  "builtins.apply",
  "__builtin__.eval",
  "__builtin__.exec",
  "__builtin__.execfile",
  "__builtin__.compile",
  "__builtin__.open",
  "__builtin__.file",
  "__builtin__.__import__",
  "__builtin__.getattr",
  "__builtin__.apply",
  "operator.attrgetter",
  "operator.methodcaller",
  "operator.itemgetter",
  "functools.partial",
  "functools.reduce",
  "types.CodeType",
  "types.FunctionType",
  "torch.load",
  "torch.hub.load",
  "torch.jit.load",
  "torch.serialization.load",
  "numpy.load",
  "numpy.testing._private.utils.runstring",
  "numpy.f2py.crackfortran.myeval",
  "joblib.load",
  "keras.models.load_model",
]);

export function judgeImport(module: string, name: string): ImportVerdict {
  const qualified = `${module}.${name}`;
  if (DANGEROUS_NAMES.has(qualified)) return "dangerous";
  const top = module.split(".")[0]!;
  if (DANGEROUS_MODULES.has(module) || DANGEROUS_MODULES.has(top)) return "dangerous";
  if (ALLOWED_EXACT.has(qualified)) return "allowed";
  if (ALLOWED_PATTERNS.some((allowed) => allowed(module, name))) return "allowed";
  return "not-allowed";
}
