# Sourced by the other tools: make the project's virtual environment (.venv) if it is not
# there, and use it. Debian's own Python refuses `pip install` outside one, and ships the
# module that makes one (venv, with ensurepip) as the package python3-venv.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  rm -rf .venv
  if ! python3 -m venv .venv >/dev/null 2>&1; then
    rm -rf .venv
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv .venv
  fi
fi
export VIRTUAL_ENV="$PWD/.venv"
export PATH="$VIRTUAL_ENV/bin:$PATH"

# Install the package into it, editable, with the extras given ('.[test]'), then compile its
# modules and its theme's templates: an editable install compiles none, and where
# PYTHONDONTWRITEBYTECODE is set (as on this project's machines) every build would compile all
# the modules again, 0.07 s of each start; the templates, 0.04 s of each build.
install_package() {
  python -m pip install --quiet --disable-pip-version-check -e "$1"
  compile_package generator
}
compile_package() {
  python -m compileall -q -j 0 "$1" >/dev/null
  python -c 'from generator.render.env import compile_theme; compile_theme()'
}
