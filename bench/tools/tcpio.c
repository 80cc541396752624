/* A TCP sink and source for the network benchmarks: busybox nc reads and
 * writes in small chunks and becomes the bottleneck (one core at 100%
 * around 700 MB/s here), which would hide the difference between network
 * paths. Built static by bench/network.sh and bind-mounted into containers.
 *   tcpio sink PORT            accept one connection, read it to the end
 *   tcpio source IP PORT MB    connect, send MB MiB of zeros, wait for close
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static char buf[1 << 20];

static int die(const char *what) { perror(what); return 1; }

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "sink") == 0) {
        int l = socket(AF_INET, SOCK_STREAM, 0), one = 1;
        struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(atoi(argv[2])) };
        setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (bind(l, (struct sockaddr *)&a, sizeof a) || listen(l, 16)) return die("listen");
        for (;;) {
            int c = accept(l, NULL, NULL);
            if (c < 0) return die("accept");
            while (read(c, buf, sizeof buf) > 0) {}
            close(c);
        }
    }
    if (argc == 5 && strcmp(argv[1], "source") == 0) {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(atoi(argv[3])) };
        if (inet_pton(AF_INET, argv[2], &a.sin_addr) != 1) return die("address");
        if (connect(s, (struct sockaddr *)&a, sizeof a)) return die("connect");
        for (long left = atol(argv[4]) << 20; left > 0;) {
            ssize_t n = write(s, buf, left < (long)sizeof buf ? left : (long)sizeof buf);
            if (n <= 0) return die("write");
            left -= n;
        }
        shutdown(s, SHUT_WR);
        while (read(s, buf, sizeof buf) > 0) {}
        return 0;
    }
    fprintf(stderr, "usage: tcpio sink PORT | tcpio source IP PORT MB\n");
    return 2;
}
