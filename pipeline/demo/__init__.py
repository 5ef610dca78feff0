"""The bundled demo website and the small server that plays it (and the test sites) on loopback."""
