#!/bin/sh
# Build and copy the site to the server.
set -e
make html
rsync -a build/html/ server:/var/www/site/
echo "deployed"
