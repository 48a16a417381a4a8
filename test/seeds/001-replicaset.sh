#!/usr/bin/env bash
# Seed 001 (作业副本与水平扩展): the ReplicaSet it shows, created and read back.
# The article has no kubectl line of its own; these are the lines a reader types to try the YAML.
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../../fixtures/seeds" || exit 1

run kubectl create -f nginx-set.yaml
ok; is 'replicaset.apps/nginx-set created'
until_has 60 '^nginx-set +3 +3 +3 ' kubectl get rs nginx-set
header 'NAME DESIRED CURRENT READY AGE'
run kubectl get pods -l app=nginx
count 3 "^nginx-set-[a-z0-9]{5} +1/1 +Running +0 +$AGE$"

# a ReplicaSet keeps its count: delete a pod and another takes its place
VICTIM=$(printf '%s\n' "$OUT" | sed -n 2p | cut -d' ' -f1)
run kubectl delete pod "$VICTIM"
ok; is "pod \"$VICTIM\" deleted"
until_count 60 3 "^nginx-set-[a-z0-9]{5} +1/1 +Running" kubectl get pods -l app=nginx
hasnt "^$VICTIM "

run kubectl scale rs nginx-set --replicas=1
ok; is 'replicaset.apps/nginx-set scaled'
until_count 60 1 "^nginx-set-[a-z0-9]{5} +1/1 +Running" kubectl get pods -l app=nginx
count 2 '.'

run kubectl delete -f nginx-set.yaml
ok; is 'replicaset.apps "nginx-set" deleted'
echo "PASS (skipped: $SKIPPED)"
