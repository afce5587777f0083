"""Every operation of the SDK, through its facade, against Prism serving the pinned spec."""
